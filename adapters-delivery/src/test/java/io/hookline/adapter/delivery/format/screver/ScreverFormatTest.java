package io.hookline.adapter.delivery.format.screver;

import static io.hookline.adapter.delivery.format.screver.Deliveries.FIRED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hookline.adapter.delivery.WireFormats;
import io.hookline.adapter.delivery.format.WireFormat.Request;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.SigningSecret;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ScreverFormatTest {

  private static final String DATA = "{\"meta\":{\"invitation\":\"i-1\"},\"answer\":1.50}";

  private final SigningSecret secret = SigningSecret.generate();
  private final ScreverFormat format = new ScreverFormat("Hookline/1.2.3");

  /** The receiver's check, with the JDK alone: hex HMAC-SHA256 keyed with the secret's text. */
  private String expectedSignature(Request request) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.value().getBytes(UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(request.body()));
  }

  @Test
  void theSignatureIsTheLowerCaseHexHmacOfTheExactBodyKeyedWithTheSecretAsShown() throws Exception {
    Request request = format.render(Deliveries.optionSelected(DATA, secret), FIRED);

    assertEquals(expectedSignature(request), request.headers().get("X-API-SIGNATURE"));
    assertEquals(64, request.headers().get("X-API-SIGNATURE").length());
  }

  @Test
  void theHeadersNameTheContentTheSenderAndTheEventType() {
    Request request = format.render(Deliveries.optionSelected(DATA, secret), FIRED);

    assertEquals(
        List.of("Content-Type", "User-Agent", "X-API-EVENT", "X-API-SIGNATURE"),
        List.copyOf(request.headers().keySet()));
    assertEquals("application/json", request.headers().get("Content-Type"));
    assertEquals("Hookline/1.2.3", request.headers().get("User-Agent"));
    assertEquals("optionSelected", request.headers().get("X-API-EVENT"));
  }

  @Test
  void customHeadersAndTheBearerTokenAreSentButCannotReplaceTheSignature() throws Exception {
    var forged = new CustomHeaders(Map.of("X-Tenant", "acme", "x-api-signature", "forged"));
    OutgoingWebhook webhook =
        Deliveries.optionSelected(
            DATA,
            secret,
            settings ->
                settings
                    .withHeaders(forged)
                    .withAuthorizationToken(Optional.of(new AuthorizationToken("tok-1"))));

    Request request = format.render(webhook, FIRED);

    assertEquals("acme", request.headers().get("X-Tenant"));
    assertEquals("Bearer tok-1", request.headers().get("Authorization"));
    assertNull(request.headers().get("x-api-signature"));
    assertEquals(expectedSignature(request), request.headers().get("X-API-SIGNATURE"));
  }

  @Test
  void aRetryDuringARotationOverlapIsSignedByTheCurrentSecretAlone() {
    OutgoingWebhook first = Deliveries.optionSelected(DATA, secret);
    OutgoingWebhook retry =
        new OutgoingWebhook(
            first.deliveryId(),
            2,
            first.event(),
            first.subscription(),
            List.of(secret, SigningSecret.generate()));

    Request original = format.render(first, FIRED);
    Request retried = format.render(retry, FIRED.plusSeconds(60));

    assertEquals(new String(original.body(), UTF_8), new String(retried.body(), UTF_8));
    assertEquals(
        original.headers().get("X-API-SIGNATURE"), retried.headers().get("X-API-SIGNATURE"));
  }

  @Test
  void screverSubscriptionsAreDeliveredInThisFormat() {
    assertInstanceOf(
        ScreverFormat.class, new WireFormats("Hookline/1.2.3").of(DeliveryFormat.SCREVER));
  }
}
