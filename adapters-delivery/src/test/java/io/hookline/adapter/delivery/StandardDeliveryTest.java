package io.hookline.adapter.delivery;

import static io.hookline.adapter.delivery.Webhooks.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.SigningSecret;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StandardDeliveryTest {

  private static final String DATA = "{\"customer\":\"Zoë Ω\",\"total\":1.50,\"items\":[ 1, 2 ]}";

  private final Receiver receiver = new Receiver();
  private final HttpWebhookSender sender = new HttpWebhookSender(Webhooks.loopback());

  StandardDeliveryTest() throws IOException {}

  @AfterEach
  void close() {
    sender.close();
    receiver.close();
  }

  private Receiver.Request deliver(OutgoingWebhook webhook) {
    AttemptResult result = sender.send(webhook).toCompletableFuture().join();
    assertEquals(204, ((AttemptResult.Responded) result).statusCode(), result::toString);
    return receiver.requests().getLast();
  }

  private OutgoingWebhook webhook(List<SigningSecret> secrets) {
    return Webhooks.to(receiver.url("/hooks/orders"), DATA, secrets, UnaryOperator.identity());
  }

  @Test
  void theBodyIsTheStandardEnvelopeWithTheDataCopiedVerbatim() {
    OutgoingWebhook webhook = webhook(List.of(SECRET));

    Receiver.Request request = deliver(webhook);

    assertEquals("POST", request.method());
    assertEquals("/hooks/orders", request.path());
    assertEquals(
        "{\"id\":\""
            + webhook.event().id()
            + "\",\"type\":\"order.created\",\"timestamp\":\"2025-03-14T15:09:26.535897Z\","
            + "\"data\":"
            + DATA
            + "}",
        request.text());
  }

  @Test
  void theHeadersNameTheContentTheSenderTheMessageAndTheTimeOfSending() {
    OutgoingWebhook webhook = webhook(List.of(SECRET));
    long before = Instant.now().getEpochSecond();

    Receiver.Request request = deliver(webhook);

    long timestamp = Long.parseLong(request.headers().getFirst("webhook-timestamp"));
    assertTrue(before <= timestamp && timestamp <= Instant.now().getEpochSecond());
    assertEquals("application/json", request.headers().getFirst("Content-Type"));
    assertEquals("Hookline/1.2.3", request.headers().getFirst("User-Agent"));
    assertEquals(webhook.event().id().toString(), request.headers().getFirst("webhook-id"));
    assertTrue(request.headers().getFirst("webhook-signature").matches("v1,[A-Za-z0-9+/]{43}="));
    assertNull(request.headers().getFirst("Authorization"));
  }

  @Test
  void theSignatureIsAcceptedByTheStandardWebhooksVerifierAndATamperedBodyIsNot() throws Exception {
    Receiver.Request request = deliver(webhook(List.of(SECRET)));

    new Webhook(SECRET.value()).verify(request.text(), request.headers());
    assertThrows(
        WebhookVerificationException.class,
        () ->
            new Webhook(SECRET.value())
                .verify(request.text().replace("1.50", "1.5"), request.headers()));
  }

  @Test
  void duringARotationOverlapBothSignaturesAreSentAndEachSecretAloneVerifies() throws Exception {
    SigningSecret current = SigningSecret.generate();
    SigningSecret previous = SigningSecret.generate();

    Receiver.Request request = deliver(webhook(List.of(current, previous)));

    String[] entries = request.headers().getFirst("webhook-signature").split(" ");
    assertEquals(2, entries.length);
    assertTrue(entries[0].startsWith("v1,") && entries[1].startsWith("v1,"));
    new Webhook(current.value()).verify(request.text(), request.headers());
    new Webhook(previous.value()).verify(request.text(), request.headers());
    assertThrows(
        WebhookVerificationException.class,
        () ->
            new Webhook(SigningSecret.generate().value())
                .verify(request.text(), request.headers()));
  }

  @Test
  void aRetryCarriesTheSameWebhookIdAndAFreshValidSignature() throws Exception {
    OutgoingWebhook first = webhook(List.of(SECRET));

    Receiver.Request original = deliver(first);
    Receiver.Request retried = deliver(Webhooks.retry(first));

    assertEquals(
        original.headers().getFirst("webhook-id"), retried.headers().getFirst("webhook-id"));
    assertEquals(original.text(), retried.text());
    new Webhook(SECRET.value()).verify(retried.text(), retried.headers());
  }

  @Test
  void customHeadersAndTheBearerTokenReachTheReceiver() {
    Map<String, String> custom = Map.of("X-Tenant", "acme", "X-Trace-Id", "trace-7");
    OutgoingWebhook webhook =
        Webhooks.to(
            receiver.url("/hooks"),
            DATA,
            List.of(SECRET),
            settings ->
                settings
                    .withHeaders(new CustomHeaders(custom))
                    .withAuthorizationToken(Optional.of(new AuthorizationToken("tok-123"))));

    Receiver.Request request = deliver(webhook);

    assertEquals("acme", request.headers().getFirst("X-Tenant"));
    assertEquals("trace-7", request.headers().getFirst("X-Trace-Id"));
    assertEquals("Bearer tok-123", request.headers().getFirst("Authorization"));
  }
}
