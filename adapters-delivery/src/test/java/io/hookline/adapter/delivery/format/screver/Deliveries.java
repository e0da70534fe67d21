package io.hookline.adapter.delivery.format.screver;

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

/** Builds the outgoing webhooks of a Screver-format subscription that the format tests render. */
final class Deliveries {

  /** When the test events fired, with more precision than the format shows. */
  static final Instant FIRED = Instant.parse("2019-10-07T14:13:42.489731Z");

  private Deliveries() {}

  /**
   * An {@code optionSelected} event with {@code data}, to a {@code *} webhook signing with {@code
   * secret}.
   */
  static OutgoingWebhook optionSelected(
      String data, SigningSecret secret, UnaryOperator<SubscriptionSettings> configure) {
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
    SubscriptionSettings settings =
        configure.apply(
            SubscriptionSettings.of(
                    new WebhookUrl("https://example.com/hook"),
                    EventSelectors.of(EventSelector.ALL))
                .withFormat(DeliveryFormat.SCREVER));
    Subscription subscription =
        Subscription.create(new SubscriptionId(UUID.randomUUID()), team, settings, secret, FIRED);
    return new OutgoingWebhook(
        new DeliveryId(UUID.randomUUID()), 1, event, subscription, List.of(secret));
  }

  static OutgoingWebhook optionSelected(String data, SigningSecret secret) {
    return optionSelected(data, secret, UnaryOperator.identity());
  }
}
