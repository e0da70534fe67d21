package io.hookline.application.service;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.DeliveryMetrics;
import io.hookline.application.port.out.WebhookSender;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.subscription.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The dispatcher's requests in flight: each holds one of the dispatcher's slots from its send until
 * its outcome is handed to the {@link OutcomeWriter}, or until shutdown takes it back unfinished.
 */
final class Flights {

  private final WebhookSender sender;
  private final Outcomes outcomes;
  private final DeliveryMetrics metrics;
  private final OutcomeWriter writer;
  private final Clock clock;
  private final Semaphore slots;
  private final Map<DeliveryId, ClaimedDelivery> inFlight = new ConcurrentHashMap<>();

  Flights(
      WebhookSender sender,
      Outcomes outcomes,
      DeliveryMetrics metrics,
      OutcomeWriter writer,
      Clock clock,
      Semaphore slots) {
    this.sender = sender;
    this.outcomes = outcomes;
    this.metrics = metrics;
    this.writer = writer;
    this.clock = clock;
    this.slots = slots;
  }

  /**
   * Sends one delivery holding a slot; returns whether the sender turned it away at once, without a
   * request (its endpoint's line is full or its circuit open).
   */
  boolean send(ClaimedDelivery claimed, Event event, Subscription subscription, Instant now) {
    inFlight.put(claimed.id(), claimed);
    var webhook =
        new OutgoingWebhook(
            claimed.id(),
            claimed.attemptsBefore() + 1,
            event,
            subscription,
            subscription.secrets().validAt(now));
    CompletableFuture<AttemptResult> sending = sender.send(webhook).toCompletableFuture();
    sending.whenComplete(
        (result, error) -> {
          AttemptResult outcome =
              result != null
                  ? result
                  : new AttemptResult.TransportFailure(String.valueOf(error), Duration.ZERO);
          finish(claimed, subscription, event.createdAt(), outcome);
        });
    return sending.isDone() && sending.getNow(null) instanceof AttemptResult.NotAttempted;
  }

  int size() {
    return inFlight.size();
  }

  /** Takes back every request still in flight; their late results are then ignored. */
  List<ClaimedDelivery> abandon() {
    List<ClaimedDelivery> unfinished = new ArrayList<>();
    for (DeliveryId id : List.copyOf(inFlight.keySet())) {
      ClaimedDelivery claimed = inFlight.remove(id);
      if (claimed != null) {
        unfinished.add(claimed);
      }
    }
    return unfinished;
  }

  private void finish(
      ClaimedDelivery claimed, Subscription subscription, Instant published, AttemptResult result) {
    if (inFlight.remove(claimed.id()) == null) {
      return;
    }
    try {
      metrics.attempted(result);
      firstAttempt(claimed, published, result);
      writer.submit(outcomes.afterAttempt(claimed, subscription, result, clock.instant()));
    } finally {
      slots.release();
    }
  }

  /** Reports how long after its publication a delivery was first attempted. */
  private void firstAttempt(ClaimedDelivery claimed, Instant published, AttemptResult result) {
    Duration took =
        switch (result) {
          case AttemptResult.Responded r -> r.duration();
          case AttemptResult.TransportFailure f -> f.duration();
          case AttemptResult.NotAttempted n -> null;
        };
    if (claimed.attemptsBefore() == 0 && took != null) {
      metrics.firstAttemptLatency(Duration.between(published, clock.instant().minus(took)));
    }
  }
}
