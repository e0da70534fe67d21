package io.hookline.adapter.delivery.format.shareactor;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.adapter.delivery.format.HmacSha256;
import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.event.Event;
import io.hookline.domain.subscription.SigningSecret;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ShareActor wire format: the event as a ShareActor event object ({@code _id}, {@code type},
 * {@code created}, {@code company}, {@code data}), signed in {@value #SIGNATURE} as {@code
 * sha256=<hex HMAC-SHA256 of the body>} keyed with the UTF-8 bytes of the webhook's secret.
 */
public final class ShareActorFormat implements WireFormat {

  /** The header with one {@code sha256=<hex>} per valid secret, the current one first. */
  public static final String SIGNATURE = "X-Share-Signature";

  /** The header naming the event type, such as {@code order.created}. */
  public static final String EVENT = "X-Share-Event";

  /** The header naming the webhook by the {@code _id} the ShareActor API shows for it. */
  public static final String WEBHOOK = "X-Share-Webhook-Id";

  /** The prefix of this format's own headers; a subscriber's custom header cannot use it. */
  private static final String PREFIX = "X-Share-";

  private final String userAgent;

  public ShareActorFormat(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public Request render(OutgoingWebhook webhook, Instant sentAt) {
    byte[] body = body(webhook.event());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", userAgent);
    headers.put(EVENT, webhook.event().type().value());
    headers.put(WEBHOOK, objectId(webhook.subscription().id().value()));
    headers.put(SIGNATURE, signatures(webhook.secrets(), body));
    Map<String, String> subscriber = new LinkedHashMap<>();
    WireFormat.addSubscriberHeaders(subscriber, webhook.subscription().settings());
    subscriber.keySet().removeIf(name -> name.regionMatches(true, 0, PREFIX, 0, PREFIX.length()));
    headers.putAll(subscriber);
    return new Request(body, headers);
  }

  /**
   * {@code {"_id":{"$oid":…},"type":…,"created":{"$date":<ms>},"company":{"$oid":…},"data":…}} with
   * the data's JSON text copied verbatim; ids are hex and type names {@code [A-Za-z0-9_.:-]}, so
   * nothing needs JSON escaping.
   */
  static byte[] body(Event event) {
    String data = event.data().json();
    return new StringBuilder(data.length() + 160)
        .append("{\"_id\":{\"$oid\":\"")
        .append(objectId(event.id().value()))
        .append("\"},\"type\":\"")
        .append(event.type().value())
        .append("\",\"created\":{\"$date\":")
        .append(event.createdAt().toEpochMilli())
        .append("},\"company\":{\"$oid\":\"")
        .append(objectId(event.teamId().value()))
        .append("\"},\"data\":")
        .append(data)
        .append('}')
        .toString()
        .getBytes(UTF_8);
  }

  /**
   * The 24-hex ObjectId the ShareActor API shows for a Hookline id: the UUIDv7's millisecond
   * timestamp (its first 12 hex digits) and its last 12, which differ between ids made in the same
   * millisecond; the REST dialect derives webhook and company ids the same way.
   */
  static String objectId(UUID id) {
    String hex = id.toString().replace("-", "");
    return hex.substring(0, 12) + hex.substring(20);
  }

  private static String signatures(List<SigningSecret> secrets, byte[] body) {
    return secrets.stream()
        .map(secret -> "sha256=" + HmacSha256.hex(secret.value().getBytes(UTF_8), body))
        .collect(Collectors.joining(","));
  }
}
