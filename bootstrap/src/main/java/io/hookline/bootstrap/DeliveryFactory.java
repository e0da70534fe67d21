package io.hookline.bootstrap;

import io.hookline.adapter.delivery.DeliverySettings;
import io.hookline.adapter.delivery.HttpWebhookSender;
import io.hookline.adapter.delivery.NetworkTargetPolicy;
import io.hookline.adapter.delivery.metrics.MicrometerDeliveryMetrics;
import io.hookline.adapter.delivery.resilience.CircuitBreakerSettings;
import io.hookline.application.port.out.DeliveryMetrics;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.WebhookTargetPolicy;
import io.hookline.application.service.DeliveryDispatcher;
import io.hookline.application.service.DispatcherSettings;
import io.hookline.application.service.FanOut;
import io.hookline.application.service.Outcomes;
import io.hookline.application.service.SubscriptionDisabler;
import io.hookline.domain.delivery.DeliveryPolicy;
import io.hookline.domain.delivery.RetrySchedule;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** Builds the delivery engine: the sender, the target policy, the policy and the dispatcher. */
@Factory
class DeliveryFactory {

  /** How old a queue depth the gauges may report. */
  private static final Duration DEPTH_MAX_AGE = Duration.ofSeconds(1);

  /**
   * One endpoint may hold all of the instance's requests in flight but twice its own concurrency
   * (in flight and waiting in its line), so other endpoints always keep room.
   */
  @Singleton
  DeliverySettings deliverySettings(DeliveryConfig config, DispatcherConfig dispatcher) {
    var breaker = CircuitBreakerSettings.DEFAULTS;
    return new DeliverySettings(
        config.connectTimeout(),
        config.requestTimeout(),
        "Hookline/" + Version.current(),
        config.allowPrivateNetworks(),
        config.endpointConcurrency(),
        Math.max(0, dispatcher.maxInFlight() - 2 * config.endpointConcurrency()),
        new CircuitBreakerSettings(
            breaker.windowSize(),
            breaker.minimumCalls(),
            breaker.failureRatePercent(),
            config.circuitOpen(),
            breaker.halfOpenProbes()));
  }

  @Singleton
  @Bean(preDestroy = "close")
  HttpWebhookSender sender(DeliverySettings settings, MeterRegistry registry) {
    HttpWebhookSender sender = new HttpWebhookSender(settings);
    Gauge.builder("hookline.circuits.open", sender, HttpWebhookSender::openCircuits)
        .description("Endpoints whose circuit breaker is open")
        .register(registry);
    return sender;
  }

  @Singleton
  WebhookTargetPolicy targetPolicy(DeliverySettings settings) {
    return new NetworkTargetPolicy(settings);
  }

  @Singleton
  DeliveryMetrics deliveryMetrics(MeterRegistry registry, DeliveryQueue queue, Clock clock) {
    var depth = new RecentDepth(queue, clock, DEPTH_MAX_AGE);
    Gauge.builder("hookline.queue.due", depth, d -> d.get().due())
        .description("Unfinished deliveries due now")
        .strongReference(true)
        .register(registry);
    Gauge.builder("hookline.queue.scheduled", depth, d -> d.get().scheduled())
        .description("Unfinished deliveries due later: retries scheduled, and sends under a lease")
        .strongReference(true)
        .register(registry);
    return new MicrometerDeliveryMetrics(registry);
  }

  @Singleton
  DeliveryPolicy deliveryPolicy(DeliveryConfig config) {
    return new DeliveryPolicy(
        RetrySchedule.parse(config.retrySchedule()), config.disableAfter(), new SecureRandom());
  }

  @Singleton
  DeliveryDispatcher dispatcher(
      DeliveryQueue queue,
      EventRepository events,
      SubscriptionRepository subscriptions,
      HttpWebhookSender sender,
      DeliveryPolicy policy,
      FanOut fanOut,
      DeliveryMetrics metrics,
      Clock clock,
      DispatcherConfig config) {
    return new DeliveryDispatcher(
        queue,
        events,
        subscriptions,
        sender,
        new Outcomes(policy),
        new SubscriptionDisabler(subscriptions, fanOut),
        metrics,
        clock,
        new DispatcherSettings(
            config.batchSize(),
            config.maxInFlight(),
            config.lease(),
            config.idlePoll(),
            config.shutdownGrace()));
  }
}
