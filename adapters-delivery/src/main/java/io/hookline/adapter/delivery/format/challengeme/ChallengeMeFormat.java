package io.hookline.adapter.delivery.format.challengeme;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.adapter.delivery.format.HmacSha256;
import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.event.Event;
import io.hookline.domain.subscription.SigningSecret;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ChallengeMe wire format: a flat JSON body that names the event as ChallengeMe did ({@code
 * eventName}) with the team, the event's id and time and its data, sent with the registration's
 * {@code Authorization: Bearer <authorizationToken>} and signed in the Standard Webhooks headers.
 */
public final class ChallengeMeFormat implements WireFormat {

  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  private final String userAgent;

  public ChallengeMeFormat(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public Request render(OutgoingWebhook webhook, Instant sentAt) {
    Event event = webhook.event();
    String id = event.id().toString();
    String timestamp = Long.toString(sentAt.getEpochSecond());
    byte[] body = body(event);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", userAgent);
    headers.put("webhook-id", id);
    headers.put("webhook-timestamp", timestamp);
    headers.put("webhook-signature", signatures(webhook.secrets(), id, timestamp, body));
    WireFormat.addSubscriberHeaders(headers, webhook.subscription().settings());
    return new Request(body, headers);
  }

  /**
   * {@code {"eventName":…,"teamId":…,"eventId":…,"timestamp":…,"data":…}} with the data's JSON text
   * copied verbatim. Type names are {@code [A-Za-z0-9_.:-]}, ids are UUIDs and the timestamp is
   * ISO-8601, so none of them needs JSON escaping.
   */
  static byte[] body(Event event) {
    String data = event.data().json();
    return new StringBuilder(data.length() + 200)
        .append("{\"eventName\":\"")
        .append(event.type().value())
        .append("\",\"teamId\":\"")
        .append(event.teamId())
        .append("\",\"eventId\":\"")
        .append(event.id())
        .append("\",\"timestamp\":\"")
        .append(event.createdAt())
        .append("\",\"data\":")
        .append(data)
        .append('}')
        .toString()
        .getBytes(UTF_8);
  }

  /**
   * One {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} per valid secret, space-separated,
   * as Standard Webhooks verifiers expect.
   */
  private static String signatures(
      List<SigningSecret> secrets, String id, String timestamp, byte[] body) {
    byte[] signedPrefix = (id + "." + timestamp + ".").getBytes(UTF_8);
    StringBuilder header = new StringBuilder();
    for (SigningSecret secret : secrets) {
      if (!header.isEmpty()) {
        header.append(' ');
      }
      header
          .append("v1,")
          .append(BASE64.encodeToString(HmacSha256.sign(secret.keyBytes(), signedPrefix, body)));
    }
    return header.toString();
  }
}
