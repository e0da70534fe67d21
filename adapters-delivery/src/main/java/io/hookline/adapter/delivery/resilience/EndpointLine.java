package io.hookline.adapter.delivery.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.hookline.domain.delivery.AttemptResult.NotAttempted;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The waiting line in front of one endpoint's bulkhead: a request that finds every slot taken waits
 * here, up to {@code capacity} of them, and is let through in arrival order as slots free up, so a
 * fast endpoint is kept busy without bouncing requests while a slow one can hold only its slots and
 * its line.
 */
final class EndpointLine {

  private final CircuitBreaker breaker;
  private final Bulkhead bulkhead;
  private final int capacity;
  private final ArrayDeque<CompletableFuture<Admission>> waiting = new ArrayDeque<>();

  EndpointLine(CircuitBreaker breaker, Bulkhead bulkhead, int capacity) {
    this.breaker = breaker;
    this.bulkhead = bulkhead;
    this.capacity = capacity;
  }

  /**
   * A slot now, or a place in the line (a future granted when a slot frees), or empty when the line
   * is full. The caller already holds a circuit breaker permission for the request.
   */
  synchronized Optional<Admission> enter() {
    if (bulkhead.tryAcquirePermission()) {
      return Optional.of(granted());
    }
    if (waiting.size() >= capacity) {
      return Optional.empty();
    }
    CompletableFuture<Admission> place = new CompletableFuture<>();
    waiting.add(place);
    return Optional.of(new Admission.Waiting(place));
  }

  /** Lets waiting requests through while slots are free; called after every slot is released. */
  void admitWaiting() {
    List<CompletableFuture<Admission>> through = new ArrayList<>();
    synchronized (this) {
      while (!waiting.isEmpty() && bulkhead.tryAcquirePermission()) {
        through.add(waiting.poll());
      }
    }
    through.forEach(place -> place.complete(granted()));
  }

  /**
   * Sends every waiting request away with {@code result} (the circuit opened: they would only
   * hang); each gives back the circuit breaker permission it held.
   */
  void turnAway(NotAttempted result) {
    List<CompletableFuture<Admission>> away;
    synchronized (this) {
      away = new ArrayList<>(waiting);
      waiting.clear();
    }
    for (CompletableFuture<Admission> place : away) {
      breaker.releasePermission();
      place.complete(new Admission.Refused(result));
    }
  }

  int waiting() {
    synchronized (this) {
      return waiting.size();
    }
  }

  private Admission.Granted granted() {
    return new Admission.Granted(breaker, bulkhead, this::admitWaiting);
  }
}
