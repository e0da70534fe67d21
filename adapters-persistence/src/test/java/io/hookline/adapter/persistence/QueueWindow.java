package io.hookline.adapter.persistence;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.Completion;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.domain.delivery.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A day of the past that one queue test has to itself. Claims return everything due up to their
 * {@code now}, so a test that claims within its window only sees its own deliveries: real
 * deliveries are due later, the other suites' deliveries are due in {@link Publisher#FUTURE}, and
 * other windows are random days between 1950 and 2000 whose deliveries are finished when their test
 * ends ({@link #finishAll}).
 */
final class QueueWindow {

  static final Duration LEASE = Duration.ofSeconds(60);

  private static final Instant EARLIEST = Instant.parse("1950-01-01T00:00:00Z");
  private static final long DAYS =
      Duration.between(EARLIEST, Instant.parse("2000-01-01T00:00:00Z")).toDays();

  final Instant start;

  private QueueWindow(Instant start) {
    this.start = start;
  }

  static QueueWindow random() {
    return new QueueWindow(
        EARLIEST.plus(Duration.ofDays(ThreadLocalRandom.current().nextLong(DAYS))));
  }

  /** The moment that many seconds into the window. */
  Instant at(long seconds) {
    return start.plusSeconds(seconds);
  }

  /** The end of the window, after every delivery and lease of its test. */
  Instant end() {
    return start.plus(Duration.ofDays(1));
  }

  /**
   * Finishes every delivery due up to that moment, so that none is left for a real dispatcher that
   * later uses the shared database, or for a later window. Before a window starts, only leftovers
   * of an interrupted earlier run are due.
   */
  static void finishAll(DeliveryQueue queue, Instant upTo) {
    List<ClaimedDelivery> claimed;
    while (!(claimed = queue.claim(1000, upTo, LEASE)).isEmpty()) {
      queue.complete(claimed.stream().map(c -> succeeded(c, upTo)).toList());
    }
  }

  static Completion succeeded(ClaimedDelivery claimed, Instant at) {
    return new Completion(
        claimed,
        DeliveryStatus.SUCCEEDED,
        claimed.attemptsBefore(),
        at,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
