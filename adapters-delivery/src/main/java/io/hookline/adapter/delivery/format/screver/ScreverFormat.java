package io.hookline.adapter.delivery.format.screver;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.adapter.delivery.format.HmacSha256;
import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.event.Event;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Screver wire format: a flat JSON body, {@code timestamp} (when the event fired) followed by
 * the members of the event's data, signed in {@value #SIGNATURE} as the lower-case hex HMAC-SHA256
 * of the exact body keyed with the UTF-8 bytes of the webhook's secret as the API shows it.
 */
public final class ScreverFormat implements WireFormat {

  /** The header that carries the signature. */
  public static final String SIGNATURE = "X-API-SIGNATURE";

  /** The header that names the event type, for receivers of the {@code *} wildcard. */
  public static final String EVENT = "X-API-EVENT";

  /** The body member that tells when the event fired. */
  static final String TIMESTAMP = "timestamp";

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private final String userAgent;

  public ScreverFormat(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  /**
   * Renders the request; only the current secret signs, since the document knows one secret per
   * webhook and one digest per header. Subscriber headers never replace the format's own.
   */
  @Override
  public Request render(OutgoingWebhook webhook, Instant sentAt) {
    Event event = webhook.event();
    byte[] body = body(event).getBytes(UTF_8);
    byte[] key = webhook.secrets().getFirst().value().getBytes(UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", userAgent);
    headers.put(EVENT, event.type().value());
    headers.put(SIGNATURE, HmacSha256.hex(key, body));
    WireFormat.addSubscriberHeaders(headers, webhook.subscription().settings());
    return new Request(body, headers);
  }

  /**
   * {@code {"timestamp":…, <data members>}}: the data object's members are copied verbatim after
   * the event's time (ISO-8601 UTC with milliseconds); data that has its own top-level {@code
   * timestamp} is sent as it is, and data that is not an object goes under {@code data}.
   */
  static String body(Event event) {
    String data = event.data().json().strip();
    String timestamp = "\"" + TIMESTAMP + "\":\"" + MILLIS.format(event.createdAt()) + "\"";
    if (!data.startsWith("{")) {
      return "{" + timestamp + ",\"data\":" + data + "}";
    }
    if (TopLevelMembers.has(data, TIMESTAMP)) {
      return data;
    }
    String members = data.substring(1, data.length() - 1);
    return "{" + timestamp + (members.isBlank() ? "" : "," + members) + "}";
  }
}
