package io.hookline.adapter.delivery.format.shareactor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.delivery.WireFormats;
import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.SigningSecret;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * What a receiver of the ShareActor format gets: the body, the headers, a signature it can check.
 */
class ShareActorFormatTest {

  private final ShareActorFormat format = new ShareActorFormat("Hookline/1.2.3");
  private final SigningSecret secret = SigningSecret.generate();

  @Test
  void theBodyIsAShareActorEventObjectWithTheDataCopiedVerbatim() {
    WireFormat.Request request = format.render(webhook(List.of(secret)), Instant.now());

    assertEquals(
        "{\"_id\":{\"$oid\":\"0197a1b2c3d6cccc11112222\"},\"type\":\"order.created\","
            + "\"created\":{\"$date\":1499767018360},"
            + "\"company\":{\"$oid\":\"0197a1b2c3d47c8d9e0f1a2b\"},\"data\":"
            + OutgoingWebhooks.DATA
            + "}",
        new String(request.body(), UTF_8));
  }

  @Test
  void theHeadersNameTheEventAndTheWebhookAndSignTheBodyWithTheSecretAsShown() throws Exception {
    WireFormat.Request request = format.render(webhook(List.of(secret)), Instant.now());

    Map<String, String> headers = request.headers();
    assertEquals("application/json", headers.get("Content-Type"));
    assertEquals("Hookline/1.2.3", headers.get("User-Agent"));
    assertEquals("order.created", headers.get("X-Share-Event"));
    assertEquals("0197a1b2c3d5def012345678", headers.get("X-Share-Webhook-Id"));
    assertEquals(
        "sha256=" + hmac(secret.value(), request.body()), headers.get("X-Share-Signature"));
    assertNull(headers.get("Authorization"));
  }

  @Test
  void duringARotationOverlapEachValidSecretSignsCurrentFirst() throws Exception {
    SigningSecret previous = SigningSecret.generate();

    WireFormat.Request request = format.render(webhook(List.of(secret, previous)), Instant.now());

    assertEquals(
        "sha256="
            + hmac(secret.value(), request.body())
            + ",sha256="
            + hmac(previous.value(), request.body()),
        request.headers().get("X-Share-Signature"));
  }

  @Test
  void idsMadeInTheSameMillisecondGetDifferentObjectIds() {
    UUID first = UUID.fromString("0197a1b2-c3d6-7aaa-bbbb-cccc11112222");
    UUID next = UUID.fromString("0197a1b2-c3d6-7aaa-bbbb-cccc11112223");

    assertNotEquals(ShareActorFormat.objectId(first), ShareActorFormat.objectId(next));
  }

  @Test
  void customHeadersAndTheBearerTokenAreSentAndCannotReplaceTheSignature() {
    OutgoingWebhook webhook =
        OutgoingWebhooks.orderCreated(
            List.of(secret),
            settings ->
                settings
                    .withHeaders(
                        new CustomHeaders(
                            Map.of("X-Tenant", "acme", "x-share-signature", "forged")))
                    .withAuthorizationToken(Optional.of(new AuthorizationToken("tok-123"))));

    Map<String, String> headers = format.render(webhook, Instant.now()).headers();

    assertEquals("acme", headers.get("X-Tenant"));
    assertEquals("Bearer tok-123", headers.get("Authorization"));
    assertTrue(headers.get("X-Share-Signature").startsWith("sha256="));
    assertEquals(
        1, headers.keySet().stream().filter("X-Share-Signature"::equalsIgnoreCase).count());
  }

  @Test
  void theRegistryRendersShareActorSubscriptionsInThisFormat() {
    assertInstanceOf(
        ShareActorFormat.class, new WireFormats("Hookline/1.2.3").of(DeliveryFormat.SHAREACTOR));
  }

  private static OutgoingWebhook webhook(List<SigningSecret> secrets) {
    return OutgoingWebhooks.orderCreated(secrets, UnaryOperator.identity());
  }

  /** What a receiver computes with nothing but the JDK and the secret the API showed. */
  private static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
