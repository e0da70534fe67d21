package io.hookline.adapter.delivery.format;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.event.Event;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Standard Webhooks format (<a
 * href="https://www.standardwebhooks.com">standardwebhooks.com</a>): a JSON envelope around the
 * event's data, signed with HMAC-SHA256 once per valid secret in the {@code webhook-id}, {@code
 * webhook-timestamp} and {@code webhook-signature} headers.
 */
public final class StandardWebhooksFormat implements WireFormat {

  private final String userAgent;

  public StandardWebhooksFormat(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public Request render(OutgoingWebhook webhook, Instant sentAt) {
    return signed(userAgent, webhook, sentAt, envelope(webhook.event()));
  }

  /**
   * A request carrying {@code body} with the Standard Webhooks headers ({@code webhook-id} is the
   * event's id) and the subscriber's own; for formats that only shape the body differently.
   */
  public static Request signed(
      String userAgent, OutgoingWebhook webhook, Instant sentAt, byte[] body) {
    String id = webhook.event().id().toString();
    String timestamp = Long.toString(sentAt.getEpochSecond());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", userAgent);
    headers.put("webhook-id", id);
    headers.put("webhook-timestamp", timestamp);
    headers.put(
        "webhook-signature",
        StandardWebhooksSignature.header(webhook.secrets(), id, timestamp, body));
    WireFormat.addSubscriberHeaders(headers, webhook.subscription().settings());
    return new Request(body, headers);
  }

  /**
   * {@code {"id":…,"type":…,"timestamp":…,"data":…}} with the data's JSON text copied verbatim, not
   * re-serialised. Event ids are UUIDs, type names are {@code [A-Za-z0-9_.:-]} and the timestamp is
   * ISO-8601, so none of them needs JSON escaping.
   */
  static byte[] envelope(Event event) {
    String data = event.data().json();
    return new StringBuilder(data.length() + 160)
        .append("{\"id\":\"")
        .append(event.id())
        .append("\",\"type\":\"")
        .append(event.type().value())
        .append("\",\"timestamp\":\"")
        .append(event.createdAt())
        .append("\",\"data\":")
        .append(data)
        .append('}')
        .toString()
        .getBytes(UTF_8);
  }
}
