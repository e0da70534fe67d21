package io.hookline.adapter.delivery.format.challengeme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.hookline.adapter.delivery.WireFormats;
import io.hookline.adapter.delivery.format.WireFormat.Request;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.EventId;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelector;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.TeamId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChallengeMeFormatTest {

  private static final String DATA =
      "{\"challenge\":\"JWT - Node.js\",\"score\":1.50,\"by\":\"Zoë\"}";
  private static final Instant CREATED_AT = Instant.parse("2025-03-14T15:09:26.535897Z");
  private static final SigningSecret SECRET = SigningSecret.generate();

  private final ChallengeMeFormat format = new ChallengeMeFormat("Hookline/1.2.3");
  private final TeamId team = new TeamId(UUID.randomUUID());
  private final Event event =
      Event.publish(
          new EventId(UUID.randomUUID()),
          team,
          new EventTypeName("submittedChallenge"),
          new EventData(DATA),
          Optional.empty(),
          Optional.empty(),
          1,
          CREATED_AT);

  private OutgoingWebhook webhook(Optional<AuthorizationToken> token, SigningSecret... secrets) {
    SubscriptionSettings settings =
        SubscriptionSettings.of(
                new WebhookUrl("https://receiver.example/api/v1/webhook"),
                EventSelectors.of(new EventSelector("submittedChallenge")))
            .withAuthorizationToken(token)
            .withHeaders(new CustomHeaders(Map.of("X-Team", "teamC")))
            .withFormat(DeliveryFormat.CHALLENGEME);
    Subscription subscription =
        Subscription.create(
            new SubscriptionId(UUID.randomUUID()), team, settings, secrets[0], CREATED_AT);
    return new OutgoingWebhook(
        new DeliveryId(UUID.randomUUID()), 1, event, subscription, List.of(secrets));
  }

  private static Map<String, List<String>> multi(Map<String, String> headers) {
    return headers.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
  }

  @Test
  void theBodyNamesTheEventAndTheTeamAroundTheDataCopiedVerbatim() {
    Request request = format.render(webhook(Optional.empty(), SECRET), Instant.now());

    assertEquals(
        "{\"eventName\":\"submittedChallenge\",\"teamId\":\""
            + team
            + "\",\"eventId\":\""
            + event.id()
            + "\",\"timestamp\":\"2025-03-14T15:09:26.535897Z\",\"data\":"
            + DATA
            + "}",
        new String(request.body(), UTF_8));
    assertEquals("application/json", request.headers().get("Content-Type"));
    assertEquals("Hookline/1.2.3", request.headers().get("User-Agent"));
  }

  @Test
  void theReceiverGetsTheRegisteredTokenAsABearerTokenAndTheCustomHeaders() {
    var token = Optional.of(new AuthorizationToken("1234567abcdefghijklmnopqrstuvwxyz"));

    Request request = format.render(webhook(token, SECRET), Instant.now());

    assertEquals(
        "Bearer 1234567abcdefghijklmnopqrstuvwxyz", request.headers().get("Authorization"));
    assertEquals("teamC", request.headers().get("X-Team"));
  }

  @Test
  void aRegistrationWithoutATokenSendsNoAuthorizationHeader() {
    Request request = format.render(webhook(Optional.empty(), SECRET), Instant.now());

    assertFalse(request.headers().containsKey("Authorization"));
  }

  @Test
  void aStandardWebhooksVerifierAcceptsTheSignatureAndRejectsATamperedBody() throws Exception {
    Instant sentAt = Instant.now();
    Request request = format.render(webhook(Optional.empty(), SECRET), sentAt);
    String body = new String(request.body(), UTF_8);

    assertEquals(event.id().toString(), request.headers().get("webhook-id"));
    assertEquals(
        Long.toString(sentAt.getEpochSecond()), request.headers().get("webhook-timestamp"));
    new Webhook(SECRET.value()).verify(body, multi(request.headers()));
    assertThrows(
        WebhookVerificationException.class,
        () ->
            new Webhook(SECRET.value())
                .verify(body.replace("1.50", "1.5"), multi(request.headers())));
  }

  @Test
  void duringARotationOverlapEachValidSecretVerifiesAlone() throws Exception {
    SigningSecret previous = SigningSecret.generate();
    Request request = format.render(webhook(Optional.empty(), SECRET, previous), Instant.now());
    String body = new String(request.body(), UTF_8);

    assertEquals(2, request.headers().get("webhook-signature").split(" ").length);
    new Webhook(SECRET.value()).verify(body, multi(request.headers()));
    new Webhook(previous.value()).verify(body, multi(request.headers()));
  }

  @Test
  void challengeMeSubscriptionsAreRenderedInThisFormat() {
    assertInstanceOf(
        ChallengeMeFormat.class, new WireFormats("Hookline/1.2.3").of(DeliveryFormat.CHALLENGEME));
  }
}
