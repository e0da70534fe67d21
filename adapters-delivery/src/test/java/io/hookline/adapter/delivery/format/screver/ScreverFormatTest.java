package io.hookline.adapter.delivery.format.screver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.hookline.adapter.delivery.format.WireFormat.Request;
import io.hookline.adapter.delivery.format.WireFormats;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ScreverFormatTest {

  private static final Instant FIRED = Instant.parse("2019-10-07T14:13:42.489731Z");
  private static final String OPTION_SELECTED =
      "{\"surveyItemId\":\"5d9b4816de62163caf637d5c\", \"meta\":{\"email\":\"zoë@example.com\"},"
          + "\"question\":{\"id\":\"q1\"},\"answer\":1.50}";

  private final SigningSecret secret = SigningSecret.generate();
  private final ScreverFormat format = new ScreverFormat("Hookline/1.2.3");

  @Test
  void theBodyIsTheEventTimeWithMillisecondsFollowedByTheDataMembersVerbatim() {
    Request request = format.render(webhook(OPTION_SELECTED, SubscriptionSettings::of), FIRED);

    assertEquals(
        "{\"timestamp\":\"2019-10-07T14:13:42.489Z\",\"surveyItemId\":\"5d9b4816de62163caf637d5c\","
            + " \"meta\":{\"email\":\"zoë@example.com\"},\"question\":{\"id\":\"q1\"},"
            + "\"answer\":1.50}",
        new String(request.body(), UTF_8));
  }

  @Test
  void theSignatureIsTheLowerCaseHexHmacOfTheExactBodyKeyedWithTheSecretAsShown() throws Exception {
    Request request = format.render(webhook(OPTION_SELECTED, SubscriptionSettings::of), FIRED);

    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.value().getBytes(UTF_8), "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal(request.body()));
    assertEquals(expected, request.headers().get("X-API-SIGNATURE"));
  }

  @Test
  void theHeadersNameTheContentTheSenderAndTheEventType() {
    Request request = format.render(webhook("{}", SubscriptionSettings::of), FIRED);

    assertEquals("application/json", request.headers().get("Content-Type"));
    assertEquals("Hookline/1.2.3", request.headers().get("User-Agent"));
    assertEquals("optionSelected", request.headers().get("X-API-EVENT"));
    assertEquals(4, request.headers().size());
  }

  @Test
  void emptyDataGivesABodyWithOnlyTheTimestamp() {
    Request request = format.render(webhook(" { } ", SubscriptionSettings::of), FIRED);

    assertEquals("{\"timestamp\":\"2019-10-07T14:13:42.489Z\"}", new String(request.body(), UTF_8));
  }

  @Test
  void dataWithItsOwnTopLevelTimestampIsSentAsItIs() {
    String data =
        "{\"meta\":{\"timestamp\":\"nested\"},\"time\\u0073tamp\":\"2019-10-08T07:15:13Z\"}";

    Request request = format.render(webhook(data, SubscriptionSettings::of), FIRED);

    assertEquals(data, new String(request.body(), UTF_8));
  }

  @Test
  void aNestedTimestampDoesNotReplaceTheEventTime() {
    String data = "{\"meta\":{\"timestamp\":\"nested\"},\"note\":\"\\\"timestamp\\\":\"}";

    Request request = format.render(webhook(data, SubscriptionSettings::of), FIRED);

    assertEquals(
        "{\"timestamp\":\"2019-10-07T14:13:42.489Z\",\"meta\":{\"timestamp\":\"nested\"},"
            + "\"note\":\"\\\"timestamp\\\":\"}",
        new String(request.body(), UTF_8));
  }

  @Test
  void dataThatIsNotAnObjectTravelsUnderData() {
    Request request = format.render(webhook("[1, 2]", SubscriptionSettings::of), FIRED);

    assertEquals(
        "{\"timestamp\":\"2019-10-07T14:13:42.489Z\",\"data\":[1, 2]}",
        new String(request.body(), UTF_8));
  }

  @Test
  void customHeadersAndTheBearerTokenAreSentButCannotReplaceTheSignature() {
    Request request =
        format.render(
            webhook(
                "{}",
                (url, selectors) ->
                    SubscriptionSettings.of(url, selectors)
                        .withHeaders(
                            new CustomHeaders(
                                Map.of("X-Tenant", "acme", "x-api-signature", "forged")))
                        .withAuthorizationToken(Optional.of(new AuthorizationToken("tok-1")))),
            FIRED);

    assertEquals("acme", request.headers().get("X-Tenant"));
    assertEquals("Bearer tok-1", request.headers().get("Authorization"));
    assertEquals(null, request.headers().get("x-api-signature"));
    assertNotEquals("forged", request.headers().get("X-API-SIGNATURE"));
  }

  @Test
  void duringARotationOverlapOnlyTheCurrentSecretSigns() {
    OutgoingWebhook single = webhook(OPTION_SELECTED, SubscriptionSettings::of);
    OutgoingWebhook overlap =
        new OutgoingWebhook(
            single.deliveryId(),
            2,
            single.event(),
            single.subscription(),
            List.of(secret, SigningSecret.generate()));

    assertEquals(
        format.render(single, FIRED).headers().get("X-API-SIGNATURE"),
        format.render(overlap, FIRED.plusSeconds(60)).headers().get("X-API-SIGNATURE"));
  }

  @Test
  void screverSubscriptionsAreDeliveredInThisFormat() {
    assertInstanceOf(
        ScreverFormat.class, new WireFormats("Hookline/1.2.3").of(DeliveryFormat.SCREVER));
  }

  /** How a test configures the subscription's settings from its URL and selectors. */
  private interface Settings {
    SubscriptionSettings of(WebhookUrl url, EventSelectors selectors);
  }

  private OutgoingWebhook webhook(String data, Settings settings) {
    TeamId team = new TeamId(UUID.randomUUID());
    Event event =
        Event.publish(
            new EventId(UUID.randomUUID()),
            team,
            new EventTypeName("optionSelected"),
            new EventData(data),
            Optional.empty(),
            Optional.empty(),
            1,
            FIRED);
    SubscriptionSettings configured =
        settings
            .of(new WebhookUrl("https://example.com/hook"), EventSelectors.of(EventSelector.ALL))
            .withFormat(DeliveryFormat.SCREVER);
    Subscription subscription =
        Subscription.create(new SubscriptionId(UUID.randomUUID()), team, configured, secret, FIRED);
    return new OutgoingWebhook(
        new DeliveryId(UUID.randomUUID()), 1, event, subscription, List.of(secret));
  }
}
