package io.hookline.application.service;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.DeliveryMetrics;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.WebhookSender;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
  private final Outcomes outcomes;
  private final OutcomeWriter writer;
  private final Clock clock;
  private final DispatcherSettings settings;
  private final Semaphore slots;
  private final Flights flights;
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
    this.outcomes = outcomes;
    this.clock = clock;
    this.settings = settings;
    this.slots = new Semaphore(settings.maxInFlight());
    this.writer = new OutcomeWriter(queue, subscriptions, disabler, clock);
    this.flights = new Flights(sender, outcomes, metrics, writer, clock, slots);
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
    while (flights.size() > 0 && clock.instant().isBefore(deadline)) {
      Thread.sleep(10);
    }
    List<ClaimedDelivery> unfinished = flights.abandon();
    if (!unfinished.isEmpty()) {
      queue.release(unfinished);
    }
    writer.stop();
  }

  /** How many requests are in flight right now. */
  public int inFlight() {
    return flights.size();
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
    int turnedAway = 0;
    for (ClaimedDelivery claimed : batch) {
      Event event = eventsById.get(claimed.eventId());
      Subscription subscription = subscriptionsById.get(claimed.subscriptionId());
      String refusal = outcomes.refusal(event, subscription);
      if (refusal != null) {
        writer.submit(outcomes.withoutAttempt(claimed, refusal, now));
        slots.release();
        continue;
      }
      if (flights.send(claimed, event, subscription, now)) {
        turnedAway++;
      }
    }
    if (turnedAway * 2 > batch.size()) {
      backOff();
    }
  }

  /**
   * Pauses claiming for a moment when most of a batch was turned away at once (their endpoints are
   * busy or their circuits open), so the dispatcher does not spin claiming and postponing.
   */
  private void backOff() {
    try {
      Thread.sleep(settings.idlePoll().dividedBy(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
