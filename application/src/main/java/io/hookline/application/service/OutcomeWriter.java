package io.hookline.application.service;

import io.hookline.application.port.out.Completion;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.domain.subscription.SubscriptionId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stores finished deliveries in batches on its own thread, so senders never wait for the database;
 * a completion is retried until it is stored, then subscription health is updated.
 */
final class OutcomeWriter {

  private static final System.Logger LOG = System.getLogger(OutcomeWriter.class.getName());
  private static final int MAX_BATCH = 1000;

  private final DeliveryQueue queue;
  private final SubscriptionRepository subscriptions;
  private final SubscriptionDisabler disabler;
  private final Clock clock;
  private final BlockingQueue<Outcome> pending = new LinkedBlockingQueue<>();
  private volatile boolean running;
  private Thread thread;

  OutcomeWriter(
      DeliveryQueue queue,
      SubscriptionRepository subscriptions,
      SubscriptionDisabler disabler,
      Clock clock) {
    this.queue = queue;
    this.subscriptions = subscriptions;
    this.disabler = disabler;
    this.clock = clock;
  }

  void submit(Outcome outcome) {
    pending.add(outcome);
  }

  synchronized void start() {
    running = true;
    thread = Thread.ofPlatform().name("hookline-outcome-writer").daemon(true).start(this::run);
  }

  /** Stores what is still pending, then stops. */
  synchronized void stop() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.join();
    }
  }

  private void run() {
    while (running || !pending.isEmpty()) {
      try {
        Outcome first = pending.poll(50, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        List<Outcome> batch = new ArrayList<>();
        batch.add(first);
        pending.drainTo(batch, MAX_BATCH - 1);
        store(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void store(List<Outcome> batch) throws InterruptedException {
    List<Completion> completions = batch.stream().map(Outcome::completion).toList();
    while (true) {
      try {
        queue.complete(completions);
        break;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Cannot store delivery outcomes yet, retrying: " + e.getMessage());
        Thread.sleep(Duration.ofSeconds(1));
      }
    }
    try {
      updateHealth(batch);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot update subscription health: " + e.getMessage(), e);
    }
  }

  private void updateHealth(List<Outcome> batch) {
    Set<SubscriptionId> recovered = new LinkedHashSet<>();
    Set<SubscriptionId> failing = new LinkedHashSet<>();
    List<Outcome> disables = new ArrayList<>();
    for (Outcome outcome : batch) {
      switch (outcome.health()) {
        case RECOVERED -> recovered.add(outcome.subscriptionId());
        case STARTED_FAILING -> failing.add(outcome.subscriptionId());
        case DISABLE -> disables.add(outcome);
        case UNCHANGED -> {}
      }
    }
    failing.removeAll(recovered);
    if (!recovered.isEmpty()) {
      subscriptions.markHealthy(recovered);
    }
    if (!failing.isEmpty()) {
      subscriptions.markFailing(failing, clock.instant());
    }
    for (Outcome outcome : disables) {
      disabler.disable(outcome.subscriptionId(), outcome.reason().orElseThrow(), clock.instant());
    }
  }
}
