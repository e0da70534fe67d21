package io.hookline.adapter.delivery.format.guid;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.EventId;
import io.hookline.domain.event.ObjectRef;
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
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds PacketCreated webhooks of a GUID-format subscription, and checks them as a receiver. */
final class GuidWebhooks {

  static final String DATA = "{\"PacketGUID\":\"Zoë Ω\",\"Weight\":1.50,\"Lines\":[ 1, 2 ]}";
  static final Instant CREATED_AT = Instant.parse("2025-03-14T15:09:26.535897Z");
  static final SigningSecret SECRET = SigningSecret.generate();

  private GuidWebhooks() {}

  static OutgoingWebhook webhook(
      Optional<ObjectRef> object, List<SigningSecret> secrets, CustomHeaders headers) {
    TeamId team = new TeamId(UUID.randomUUID());
    Event event =
        Event.publish(
            new EventId(UUID.randomUUID()),
            team,
            new EventTypeName("PacketCreated"),
            new EventData(DATA),
            object,
            Optional.empty(),
            1,
            CREATED_AT);
    SubscriptionSettings settings =
        SubscriptionSettings.of(
                new WebhookUrl("https://receiver.example/hooks"),
                EventSelectors.of(EventSelector.exact(event.type())))
            .withHeaders(headers)
            .withAuthorizationToken(Optional.of(new AuthorizationToken("tok-123")))
            .withFormat(DeliveryFormat.GUID);
    Subscription subscription =
        Subscription.create(
            new SubscriptionId(UUID.randomUUID()), team, settings, secrets.getFirst(), CREATED_AT);
    return new OutgoingWebhook(new DeliveryId(UUID.randomUUID()), 1, event, subscription, secrets);
  }

  /** The receiver's check, with the JDK's Mac and not the production signer. */
  static String hmacHex(String signature, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signature.getBytes(UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
