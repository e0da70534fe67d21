package io.hookline.bootstrap;

import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.application.port.out.DeliveryQueue.Depth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The queue depth for the gauges, counted at most once per {@code maxAge}: both gauges of one
 * scrape share one count, and frequent scrapes of a long backlog do not keep the database counting.
 */
final class RecentDepth {

  private final DeliveryQueue queue;
  private final Clock clock;
  private final Duration maxAge;
  private Depth depth;
  private Instant countedAt = Instant.MIN;

  RecentDepth(DeliveryQueue queue, Clock clock, Duration maxAge) {
    this.queue = queue;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  synchronized Depth get() {
    Instant now = clock.instant();
    if (depth == null || !now.isBefore(countedAt.plus(maxAge))) {
      depth = queue.depth(now);
      countedAt = now;
    }
    return depth;
  }
}
