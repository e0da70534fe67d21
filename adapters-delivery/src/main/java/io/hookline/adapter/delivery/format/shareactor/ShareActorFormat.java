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
    WireFormat.addSubscriberHeaders(headers, webhook.subscription().settings());
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
        .append(eventObjectId(event.id().value()))
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

  /** The first 24 hex digits of a UUID, as the ShareActor API shows webhook and company ids. */
  static String objectId(UUID id) {
    return hex(id).substring(0, 24);
  }

  /**
   * An event's 24-hex id: the UUIDv7's millisecond timestamp (12 digits) and its last 12 digits,
   * which differ between events made in the same millisecond, so receivers can deduplicate by it.
   */
  static String eventObjectId(UUID id) {
    String hex = hex(id);
    return hex.substring(0, 12) + hex.substring(20);
  }

  private static String hex(UUID id) {
    return id.toString().replace("-", "");
  }

  private static String signatures(List<SigningSecret> secrets, byte[] body) {
    return secrets.stream()
        .map(secret -> "sha256=" + HmacSha256.hex(secret.value().getBytes(UTF_8), body))
        .collect(Collectors.joining(","));
  }
}
