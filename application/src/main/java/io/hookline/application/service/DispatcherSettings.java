package io.hookline.application.service;

import java.time.Duration;

/**
 * How the dispatcher works: deliveries claimed per batch, requests in flight at most, how long a
 * claim lasts, how often an idle dispatcher looks for due work, and how long shutdown waits.
 */
public record DispatcherSettings(
    int batchSize, int maxInFlight, Duration lease, Duration idlePoll, Duration shutdownGrace) {

  public static final DispatcherSettings DEFAULT =
      new DispatcherSettings(
          256, 1024, Duration.ofSeconds(60), Duration.ofMillis(250), Duration.ofSeconds(20));

  public DispatcherSettings {
    if (batchSize < 1 || maxInFlight < 1) {
      throw new IllegalArgumentException("batch size and in-flight limit must be positive");
    }
    if (idlePoll.compareTo(Duration.ofMillis(250)) > 0) {
      throw new IllegalArgumentException("an idle dispatcher polls at least every 250 ms");
    }
  }
}
