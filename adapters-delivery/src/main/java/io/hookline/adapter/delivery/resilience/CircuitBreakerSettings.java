package io.hookline.adapter.delivery.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How each endpoint's circuit breaker judges it: over the last {@code windowSize} attempts (once at
 * least {@code minimumCalls} were made) a failure rate of {@code failureRatePercent} or more opens
 * the circuit for {@code openDuration}; then {@code halfOpenProbes} trial requests decide whether
 * it closes again.
 */
public record CircuitBreakerSettings(
    int windowSize,
    int minimumCalls,
    float failureRatePercent,
    Duration openDuration,
    int halfOpenProbes) {

  /** A window of 20 attempts, at least 10 of them, 50 % failures, 30 s open, 3 probes. */
  public static final CircuitBreakerSettings DEFAULTS =
      new CircuitBreakerSettings(20, 10, 50f, Duration.ofSeconds(30), 3);

  public CircuitBreakerSettings {
    if (windowSize < 1) {
      throw new IllegalArgumentException("windowSize must be at least 1");
    }
    if (minimumCalls < 1 || minimumCalls > windowSize) {
      throw new IllegalArgumentException("minimumCalls must be between 1 and windowSize");
    }
    if (!(failureRatePercent > 0 && failureRatePercent <= 100)) {
      throw new IllegalArgumentException("failureRatePercent must be in (0, 100]");
    }
    Objects.requireNonNull(openDuration, "openDuration");
    if (openDuration.isNegative() || openDuration.isZero()) {
      throw new IllegalArgumentException("openDuration must be positive");
    }
    if (halfOpenProbes < 1) {
      throw new IllegalArgumentException("halfOpenProbes must be at least 1");
    }
  }
}
