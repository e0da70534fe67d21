package io.hookline.adapter.delivery.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.AttemptResult.NotAttempted;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One resilience4j circuit breaker and one semaphore bulkhead per endpoint ({@code
 * scheme://host:port}), from the libraries' registries: admits a request, or says at once why not
 * and when to try again. Transport failures, 5xx and 429 count against an endpoint; 2xx, 3xx and
 * other 4xx answers do not.
 */
public final class EndpointGuards {

  /** When to try again after a full line or while half-open probes are still out. */
  static final Duration BUSY_RETRY_DELAY = Duration.ofSeconds(1);

  private final CircuitBreakerRegistry breakers;
  private final BulkheadRegistry bulkheads;
  private final Map<String, Instant> openUntil = new ConcurrentHashMap<>();
  private final Map<String, EndpointLine> lines = new ConcurrentHashMap<>();
  private final int lineCapacity;
  private final Duration openDuration;
  private final Clock clock;

  public EndpointGuards(
      CircuitBreakerSettings settings,
      int maxConcurrentPerEndpoint,
      int maxWaitingPerEndpoint,
      Clock clock) {
    this.openDuration = settings.openDuration();
    this.lineCapacity = maxWaitingPerEndpoint;
    this.clock = clock;
    this.breakers =
        CircuitBreakerRegistry.of(
            CircuitBreakerConfig.custom()
                .slidingWindow(
                    settings.windowSize(), settings.minimumCalls(), SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openDuration())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenProbes())
                .recordResult(EndpointGuards::isEndpointFailure)
                .writableStackTraceEnabled(false)
                .clock(clock)
                .build());
    this.bulkheads =
        BulkheadRegistry.of(
            BulkheadConfig.custom()
                .maxConcurrentCalls(maxConcurrentPerEndpoint)
                .maxWaitDuration(Duration.ZERO)
                .build());
    breakers
        .getEventPublisher()
        .onEntryAdded(
            added -> added.getAddedEntry().getEventPublisher().onStateTransition(this::remember));
  }

  /**
   * Admits one request to {@code target}'s endpoint, lets it wait in the endpoint's line when every
   * slot is taken, or refuses it at once (circuit open, or the line full too).
   */
  public Admission admit(URI target) {
    String endpoint = endpointOf(target);
    CircuitBreaker breaker = breakers.circuitBreaker(endpoint);
    if (!breaker.tryAcquirePermission()) {
      return new Admission.Refused(
          new NotAttempted("circuit open for " + endpoint, reopensAt(endpoint)));
    }
    EndpointLine line =
        lines.computeIfAbsent(
            endpoint, e -> new EndpointLine(breaker, bulkheads.bulkhead(e), lineCapacity));
    return line.enter()
        .orElseGet(
            () -> {
              breaker.releasePermission();
              return new Admission.Refused(
                  new NotAttempted(
                      "too many requests in flight and waiting for " + endpoint,
                      clock.instant().plus(BUSY_RETRY_DELAY)));
            });
  }

  /** How many endpoints' circuits are open right now (for a metrics gauge). */
  public int openCircuits() {
    return (int)
        breakers.getAllCircuitBreakers().stream().filter(b -> b.getState() == State.OPEN).count();
  }

  /** The endpoint a URI belongs to: {@code scheme://host:port}, with the scheme's default port. */
  static String endpointOf(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  /** Whether a result shows the endpoint unwell: no answer, a server error or 429. */
  static boolean isEndpointFailure(Object result) {
    return switch (result) {
      case AttemptResult.TransportFailure failure -> true;
      case AttemptResult.Responded responded ->
          responded.statusCode() >= 500 || responded.statusCode() == 429;
      default -> false;
    };
  }

  /** When the open circuit will let a probe through, or soon while probes are still out. */
  private Instant reopensAt(String endpoint) {
    Instant now = clock.instant();
    Instant until = openUntil.get(endpoint);
    return until != null && until.isAfter(now) ? until : now.plus(BUSY_RETRY_DELAY);
  }

  private void remember(CircuitBreakerOnStateTransitionEvent event) {
    String endpoint = event.getCircuitBreakerName();
    if (event.getStateTransition().getToState() == State.OPEN) {
      Instant until = clock.instant().plus(openDuration);
      openUntil.put(endpoint, until);
      EndpointLine line = lines.get(endpoint);
      if (line != null) {
        line.turnAway(new NotAttempted("circuit open for " + endpoint, until));
      }
    } else {
      openUntil.remove(endpoint);
    }
  }
}
