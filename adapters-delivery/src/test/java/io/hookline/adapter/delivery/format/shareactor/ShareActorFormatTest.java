package io.hookline.adapter.delivery.format.shareactor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hookline.adapter.delivery.format.WireFormat;
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
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ShareActorFormatTest {

  private static final String DATA = "{\"order\":{\"id\":42,\"note\":\"Zoë Ω\"},\"total\":1.50}";
  private static final UUID TEAM = UUID.fromString("0197a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
  private static final UUID SUBSCRIPTION = UUID.fromString("0197a1b2-c3d5-7001-9abc-def012345678");
  private static final UUID EVENT = UUID.fromString("0197a1b2-c3d6-7aaa-bbbb-cccc11112222");
  private static final Instant CREATED = Instant.parse("2017-07-11T09:56:58.360Z");

  private final ShareActorFormat format = new ShareActorFormat("Hookline/1.2.3");
  private final SigningSecret secret = SigningSecret.generate();

  @Test
  void theBodyIsAShareActorEventObjectWithTheDataCopiedVerbatim() {
    WireFormat.Request request = format.render(webhook(List.of(secret)), Instant.now());

    assertEquals(
        "{\"_id\":{\"$oid\":\"0197a1b2c3d6cccc11112222\"},\"type\":\"order.created\","
            + "\"created\":{\"$date\":1499767018360},"
            + "\"company\":{\"$oid\":\"0197a1b2c3d47e5f8a6b7c8d\"},\"data\":"
            + DATA
            + "}",
        new String(request.body(), UTF_8));
  }

  @Test
  void theHeadersNameTheContentTheSenderTheEventAndTheWebhookAsTheApiShowsIt() {
    Map<String, String> headers = format.render(webhook(List.of(secret)), Instant.now()).headers();

    assertEquals("application/json", headers.get("Content-Type"));
    assertEquals("Hookline/1.2.3", headers.get("User-Agent"));
    assertEquals("order.created", headers.get("X-Share-Event"));
    assertEquals("0197a1b2c3d570019abcdef0", headers.get("X-Share-Webhook-Id"));
    assertNull(headers.get("Authorization"));
  }

  @Test
  void theSignatureIsTheHexHmacSha256OfTheBodyKeyedWithTheSecretAsShown() throws Exception {
    WireFormat.Request request = format.render(webhook(List.of(secret)), Instant.now());

    assertEquals(
        "sha256=" + hmac(secret.value(), request.body()),
        request.headers().get("X-Share-Signature"));
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
  void eventsMadeInTheSameMillisecondGetDifferentIds() {
    UUID first = UUID.fromString("0197a1b2-c3d6-7aaa-bbbb-cccc11112222");
    UUID next = UUID.fromString("0197a1b2-c3d6-7aaa-bbbb-cccc11112223");

    assertNotEquals(ShareActorFormat.eventObjectId(first), ShareActorFormat.eventObjectId(next));
  }

  @Test
  void customHeadersAndTheBearerTokenAreSentAndCannotReplaceTheSignature() {
    OutgoingWebhook webhook =
        webhook(
            List.of(secret),
            settings ->
                settings
                    .withHeaders(new CustomHeaders(Map.of("X-Tenant", "acme")))
                    .withAuthorizationToken(Optional.of(new AuthorizationToken("tok-123"))));

    Map<String, String> headers = format.render(webhook, Instant.now()).headers();

    assertEquals("acme", headers.get("X-Tenant"));
    assertEquals("Bearer tok-123", headers.get("Authorization"));
    assertFalse(headers.get("X-Share-Signature").isBlank());
  }

  @Test
  void theRegistryRendersShareActorSubscriptionsInThisFormat() {
    assertInstanceOf(
        ShareActorFormat.class, new WireFormats("Hookline/1.2.3").of(DeliveryFormat.SHAREACTOR));
  }

  private OutgoingWebhook webhook(List<SigningSecret> secrets) {
    return webhook(secrets, UnaryOperator.identity());
  }

  private static OutgoingWebhook webhook(
      List<SigningSecret> secrets, UnaryOperator<SubscriptionSettings> configure) {
    TeamId team = new TeamId(TEAM);
    Event event =
        Event.publish(
            new EventId(EVENT),
            team,
            new EventTypeName("order.created"),
            new EventData(DATA),
            Optional.empty(),
            Optional.empty(),
            1,
            CREATED);
    SubscriptionSettings settings =
        configure.apply(
            SubscriptionSettings.of(
                    new WebhookUrl("https://receiver.example/hooks"),
                    EventSelectors.of(EventSelector.exact(event.type())))
                .withFormat(DeliveryFormat.SHAREACTOR));
    Subscription subscription =
        Subscription.create(
            new SubscriptionId(SUBSCRIPTION), team, settings, secrets.getFirst(), CREATED);
    return new OutgoingWebhook(new DeliveryId(UUID.randomUUID()), 1, event, subscription, secrets);
  }

  /** What a receiver computes with nothing but the JDK and the secret the API showed. */
  private static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
