package io.hookline.application.service;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.DeliveryMetrics;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.WebhookSender;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The delivery engine: claims due deliveries in batches, hands each to the sender without waiting
 * for it, and passes every result to the {@link OutcomeWriter}. At most {@code maxInFlight}
 * requests run at once; an idle dispatcher wakes on new work or polls.
 */
public final class DeliveryDispatcher {

  private static final System.Logger LOG = System.getLogger(DeliveryDispatcher.class.getName());

  private final DeliveryQueue queue;
  private final EventRepository events;
  private final SubscriptionRepository subscriptions;
  private final WebhookSender sender;
  private final Outcomes outcomes;
  private final DeliveryMetrics metrics;
  private final OutcomeWriter writer;
  private final Clock clock;
  private final DispatcherSettings settings;
  private final Semaphore slots;
  private final Map<DeliveryId, ClaimedDelivery> inFlight = new ConcurrentHashMap<>();
  private volatile boolean running;
  private Thread loop;

  public DeliveryDispatcher(
      DeliveryQueue queue,
      EventRepository events,
      SubscriptionRepository subscriptions,
      WebhookSender sender,
      Outcomes outcomes,
      SubscriptionDisabler disabler,
      DeliveryMetrics metrics,
      Clock clock,
      DispatcherSettings settings) {
    this.queue = queue;
    this.events = events;
    this.subscriptions = subscriptions;
    this.sender = sender;
    this.outcomes = outcomes;
    this.metrics = metrics;
    this.clock = clock;
    this.settings = settings;
    this.slots = new Semaphore(settings.maxInFlight());
    this.writer = new OutcomeWriter(queue, subscriptions, disabler, clock);
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    writer.start();
    loop = Thread.ofPlatform().name("hookline-dispatcher").daemon(true).start(this::run);
  }

  /**
   * Stops claiming, lets requests in flight finish for up to the shutdown grace, gives the rest
   * back to the queue, and stores every outcome.
   */
  public synchronized void stop() throws InterruptedException {
    if (!running) {
      return;
    }
    running = false;
    loop.interrupt();
    loop.join();
    Instant deadline = clock.instant().plus(settings.shutdownGrace());
    while (!inFlight.isEmpty() && clock.instant().isBefore(deadline)) {
      Thread.sleep(10);
    }
    List<ClaimedDelivery> unfinished = new ArrayList<>();
    for (DeliveryId id : List.copyOf(inFlight.keySet())) {
      ClaimedDelivery claimed = inFlight.remove(id);
      if (claimed != null) {
        unfinished.add(claimed);
      }
    }
    if (!unfinished.isEmpty()) {
      queue.release(unfinished);
    }
    writer.stop();
  }

  /** How many requests are in flight right now. */
  public int inFlight() {
    return inFlight.size();
  }

  private void run() {
    while (running) {
      try {
        slots.acquire();
        int wanted = 1 + drainSlots(settings.batchSize() - 1);
        List<ClaimedDelivery> batch = claim(wanted);
        slots.release(wanted - batch.size());
        if (batch.isEmpty()) {
          queue.awaitWork(settings.idlePoll());
        } else {
          dispatch(batch);
        }
      } catch (InterruptedException e) {
        if (running) {
          Thread.currentThread().interrupt();
        }
        return;
      }
    }
  }

  private int drainSlots(int atMost) {
    int free = Math.min(atMost, slots.availablePermits());
    return free > 0 && slots.tryAcquire(free) ? free : 0;
  }

  private List<ClaimedDelivery> claim(int max) throws InterruptedException {
    try {
      return queue.claim(max, clock.instant(), settings.lease());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot claim deliveries, retrying: " + e.getMessage());
      Thread.sleep(settings.idlePoll());
      return List.of();
    }
  }

  private void dispatch(List<ClaimedDelivery> batch) {
    Map<EventId, Event> eventsById;
    Map<SubscriptionId, Subscription> subscriptionsById;
    try {
      eventsById =
          events.findAllById(batch.stream().map(ClaimedDelivery::eventId).distinct().toList());
      subscriptionsById =
          subscriptions.findAllById(
              batch.stream().map(ClaimedDelivery::subscriptionId).distinct().toList());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Cannot load what to deliver; the leases will expire: " + e.getMessage());
      slots.release(batch.size());
      return;
    }
    Instant now = clock.instant();
    for (ClaimedDelivery claimed : batch) {
      Event event = eventsById.get(claimed.eventId());
      Subscription subscription = subscriptionsById.get(claimed.subscriptionId());
      String refusal = outcomes.refusal(event, subscription);
      if (refusal != null) {
        writer.submit(outcomes.withoutAttempt(claimed, refusal, now));
        slots.release();
        continue;
      }
      send(claimed, event, subscription, now);
    }
  }

  private void send(ClaimedDelivery claimed, Event event, Subscription subscription, Instant now) {
    inFlight.put(claimed.id(), claimed);
    if (claimed.attemptsBefore() == 0) {
      metrics.firstAttemptLatency(Duration.between(event.createdAt(), now));
    }
    var webhook =
        new OutgoingWebhook(
            claimed.id(),
            claimed.attemptsBefore() + 1,
            event,
            subscription,
            subscription.secrets().validAt(now));
    sender
        .send(webhook)
        .whenComplete(
            (result, error) -> {
              AttemptResult outcome =
                  result != null
                      ? result
                      : new AttemptResult.TransportFailure(String.valueOf(error), Duration.ZERO);
              finish(claimed, subscription, outcome);
            });
  }

  private void finish(ClaimedDelivery claimed, Subscription subscription, AttemptResult result) {
    if (inFlight.remove(claimed.id()) == null) {
      return;
    }
    try {
      metrics.attempted(result);
      writer.submit(outcomes.afterAttempt(claimed, subscription, result, clock.instant()));
    } finally {
      slots.release();
    }
  }
}
