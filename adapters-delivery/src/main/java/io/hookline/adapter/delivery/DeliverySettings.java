package io.hookline.adapter.delivery;

import io.hookline.adapter.delivery.resilience.CircuitBreakerSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How webhooks are delivered: the connect and whole-request timeouts, the {@code User-Agent},
 * whether targets on private networks are allowed, and each endpoint's concurrency limit, waiting
 * line and circuit breaker.
 */
public record DeliverySettings(
    Duration connectTimeout,
    Duration requestTimeout,
    String userAgent,
    boolean allowPrivateNetworks,
    int maxConcurrentPerEndpoint,
    int maxWaitingPerEndpoint,
    CircuitBreakerSettings circuitBreaker) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);
  public static final int DEFAULT_MAX_CONCURRENT_PER_ENDPOINT = 64;

  public DeliverySettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    if (maxConcurrentPerEndpoint < 1) {
      throw new IllegalArgumentException("maxConcurrentPerEndpoint must be at least 1");
    }
    if (maxWaitingPerEndpoint < 0) {
      throw new IllegalArgumentException("maxWaitingPerEndpoint must not be negative");
    }
    Objects.requireNonNull(circuitBreaker, "circuitBreaker");
  }

  /**
   * The defaults for Hookline {@code version}: connect 5 s, whole request 15 s, {@code User-Agent:
   * Hookline/<version>}, private networks refused, 64 requests in flight per endpoint and 256
   * waiting, and {@link CircuitBreakerSettings#DEFAULTS}.
   */
  public static DeliverySettings defaults(String version) {
    return new DeliverySettings(
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_REQUEST_TIMEOUT,
        "Hookline/" + version,
        false,
        DEFAULT_MAX_CONCURRENT_PER_ENDPOINT,
        4 * DEFAULT_MAX_CONCURRENT_PER_ENDPOINT,
        CircuitBreakerSettings.DEFAULTS);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
