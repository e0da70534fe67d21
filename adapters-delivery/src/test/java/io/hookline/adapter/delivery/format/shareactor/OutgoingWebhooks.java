package io.hookline.adapter.delivery.format.shareactor;

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

/** An {@code order.created} event of fixed ids and time, going to a ShareActor subscription. */
final class OutgoingWebhooks {

  static final String DATA = "{\"order\":{\"id\":42,\"note\":\"Zoë Ω\"},\"total\":1.50}";
  static final TeamId TEAM = new TeamId(UUID.fromString("0197a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"));
  static final UUID SUBSCRIPTION = UUID.fromString("0197a1b2-c3d5-7001-9abc-def012345678");
  static final UUID EVENT = UUID.fromString("0197a1b2-c3d6-7aaa-bbbb-cccc11112222");
  static final Instant CREATED = Instant.parse("2017-07-11T09:56:58.360Z");

  private OutgoingWebhooks() {}

  /** The webhook signed with {@code secrets}, its settings changed by {@code configure}. */
  static OutgoingWebhook orderCreated(
      List<SigningSecret> secrets, UnaryOperator<SubscriptionSettings> configure) {
    EventTypeName type = new EventTypeName("order.created");
    Event event =
        Event.publish(
            new EventId(EVENT),
            TEAM,
            type,
            new EventData(DATA),
            Optional.empty(),
            Optional.empty(),
            1,
            CREATED);
    SubscriptionSettings settings =
        SubscriptionSettings.of(
                new WebhookUrl("https://receiver.example/hooks"),
                EventSelectors.of(EventSelector.exact(type)))
            .withFormat(DeliveryFormat.SHAREACTOR);
    Subscription subscription =
        Subscription.create(
            new SubscriptionId(SUBSCRIPTION),
            TEAM,
            configure.apply(settings),
            secrets.getFirst(),
            CREATED);
    return new OutgoingWebhook(new DeliveryId(UUID.randomUUID()), 1, event, subscription, secrets);
  }
}
