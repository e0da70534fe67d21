package io.hookline.adapter.delivery.format.guid;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.adapter.delivery.format.HmacSha256;
import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.subscription.SigningSecret;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The wire format of seed 001, the GUID WebHookSubscription API: a {@link GuidMessage} that carries
 * the subscription's {@code Signature}, and an HMAC-SHA256 of the exact body, keyed with the UTF-8
 * bytes of that {@code Signature}, in the {@value #SIGNATURE_SHA256} header.
 */
public final class GuidWireFormat implements WireFormat {

  /** The message's GUID (the event id), the same on every attempt. */
  public static final String MESSAGE_GUID = "Webhook-Id";

  /** The GUID of the subscription the message is for. */
  public static final String SUBSCRIPTION_GUID = "Webhook-Subscription-GUID";

  /** Lower-case hex HMAC-SHA256 of the body, one per valid Signature, comma-separated. */
  public static final String SIGNATURE_SHA256 = "Webhook-Signature-SHA256";

  private final String userAgent;

  public GuidWireFormat(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public Request render(OutgoingWebhook webhook, Instant sentAt) {
    byte[] body = GuidMessage.of(webhook).getBytes(UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", userAgent);
    headers.put(MESSAGE_GUID, webhook.event().id().toString());
    headers.put(SUBSCRIPTION_GUID, webhook.subscription().id().toString());
    headers.put(SIGNATURE_SHA256, signatures(webhook.secrets(), body));
    WireFormat.addSubscriberHeaders(headers, webhook.subscription().settings());
    return new Request(body, headers);
  }

  /**
   * The HMAC of the body with each valid secret, current first: during a rotation overlap a
   * receiver that still holds the previous {@code Signature} finds its own value in the list.
   */
  private static String signatures(List<SigningSecret> secrets, byte[] body) {
    return secrets.stream()
        .map(secret -> HmacSha256.hex(secret.value().getBytes(UTF_8), body))
        .collect(Collectors.joining(","));
  }
}
