package io.hookline.adapter.delivery.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.AttemptResult.NotAttempted;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The answer of {@link EndpointGuards#admit}: a {@link Granted} permit for one request, which must
 * be completed or cancelled exactly once; a {@link Waiting} place in the endpoint's line; or {@link
 * Refused} with the result to report.
 */
public sealed interface Admission {

  /** The request may not go now; {@code result} says why and when to try again. */
  record Refused(NotAttempted result) implements Admission {}

  /** The endpoint is busy; {@code turn} completes with a permit when a slot frees up. */
  record Waiting(CompletableFuture<Admission> turn) implements Admission {}

  /** Holds one call of the endpoint's circuit breaker and one slot of its bulkhead. */
  final class Granted implements Admission {

    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final Runnable afterRelease;
    private final AtomicBoolean held = new AtomicBoolean(true);

    Granted(CircuitBreaker breaker, Bulkhead bulkhead, Runnable afterRelease) {
      this.breaker = breaker;
      this.bulkhead = bulkhead;
      this.afterRelease = afterRelease;
    }

    /** Reports how the attempt went to the circuit breaker and frees the slot; once only. */
    public void complete(AttemptResult result, Duration duration) {
      if (held.compareAndSet(true, false)) {
        try {
          breaker.onResult(duration.toNanos(), TimeUnit.NANOSECONDS, result);
        } finally {
          bulkhead.onComplete();
          afterRelease.run();
        }
      }
    }

    /**
     * Frees the call and the slot without judging the endpoint (no request was made); once only.
     */
    public void cancel() {
      if (held.compareAndSet(true, false)) {
        breaker.releasePermission();
        bulkhead.releasePermission();
        afterRelease.run();
      }
    }
  }
}
