package io.hookline.adapter.delivery.format.codewars;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.EventId;
import io.hookline.domain.eventtype.EventTypeName;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Renders events in the Codewars format for a subscription to a Codewars-style receiver. */
final class Hookbot {

  static final Instant NOW = Instant.parse("2025-03-14T15:09:26.535897Z");
  static final SigningSecret SECRET = SigningSecret.generate();

  final Subscription subscription;
  private final List<SigningSecret> secrets;

  private Hookbot(Subscription subscription, List<SigningSecret> secrets) {
    this.subscription = subscription;
    this.secrets = secrets;
  }

  /** A subscription in the Codewars format, changed by {@code configure}, signing with these. */
  static Hookbot subscribed(
      UnaryOperator<SubscriptionSettings> configure, List<SigningSecret> secrets) {
    SubscriptionSettings settings =
        SubscriptionSettings.of(
                new WebhookUrl("https://example.com/my/endpoint"),
                EventSelectors.of(EventSelector.ALL))
            .withFormat(DeliveryFormat.CODEWARS);
    Subscription subscription =
        Subscription.create(
            new SubscriptionId(UUID.fromString("0195a3b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b")),
            new TeamId(UUID.randomUUID()),
            configure.apply(settings),
            secrets.getFirst(),
            NOW);
    return new Hookbot(subscription, secrets);
  }

  static Hookbot subscribed() {
    return subscribed(UnaryOperator.identity(), List.of(SECRET));
  }

  /** The request a receiver gets for an event of {@code type} carrying {@code data}. */
  WireFormat.Request deliver(String type, String data) {
    Event event =
        Event.publish(
            new EventId(UUID.randomUUID()),
            subscription.teamId(),
            new EventTypeName(type),
            new EventData(data),
            Optional.empty(),
            Optional.empty(),
            1,
            NOW);
    OutgoingWebhook webhook =
        new OutgoingWebhook(new DeliveryId(UUID.randomUUID()), 1, event, subscription, secrets);
    return new CodewarsFormat().render(webhook, NOW);
  }

  /** The body of the request a receiver gets for that event, as text. */
  String body(String type, String data) {
    return new String(deliver(type, data).body(), UTF_8);
  }
}
