package io.hookline.adapter.delivery;

import io.hookline.adapter.delivery.resilience.CircuitBreakerSettings;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.EventId;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.EventSelector;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Builds the settings and outgoing webhooks the sender tests deliver. */
final class Webhooks {

  static final SigningSecret SECRET = SigningSecret.generate();
  static final Instant CREATED_AT = Instant.parse("2025-03-14T15:09:26.535897Z");

  private Webhooks() {}

  /**
   * Settings for delivering to the loopback receiver, with short timeouts and the given ones; four
   * requests may wait per slot.
   */
  static DeliverySettings loopback(
      Duration requestTimeout, int maxConcurrentPerEndpoint, CircuitBreakerSettings breaker) {
    return new DeliverySettings(
        Duration.ofSeconds(2),
        requestTimeout,
        "Hookline/1.2.3",
        true,
        maxConcurrentPerEndpoint,
        4 * maxConcurrentPerEndpoint,
        breaker);
  }

  /** Settings for delivering to the loopback receiver with the default resilience. */
  static DeliverySettings loopback() {
    return loopback(Duration.ofSeconds(5), 64, CircuitBreakerSettings.DEFAULTS);
  }

  static OutgoingWebhook to(String url) {
    return to(url, "{\"order\":42}", List.of(SECRET), UnaryOperator.identity());
  }

  static OutgoingWebhook to(
      String url,
      String data,
      List<SigningSecret> secrets,
      UnaryOperator<SubscriptionSettings> configure) {
    TeamId team = new TeamId(UUID.randomUUID());
    Event event =
        Event.publish(
            new EventId(UUID.randomUUID()),
            team,
            new EventTypeName("order.created"),
            new EventData(data),
            Optional.empty(),
            Optional.empty(),
            1,
            CREATED_AT);
    SubscriptionSettings settings =
        configure.apply(
            SubscriptionSettings.of(new WebhookUrl(url), EventSelectors.of(EventSelector.ALL)));
    Subscription subscription =
        Subscription.create(
            new SubscriptionId(UUID.randomUUID()), team, settings, secrets.getFirst(), CREATED_AT);
    return new OutgoingWebhook(new DeliveryId(UUID.randomUUID()), 1, event, subscription, secrets);
  }

  /** The same delivery, attempted again. */
  static OutgoingWebhook retry(OutgoingWebhook webhook) {
    return new OutgoingWebhook(
        webhook.deliveryId(),
        webhook.attemptNumber() + 1,
        webhook.event(),
        webhook.subscription(),
        webhook.secrets());
  }
}
