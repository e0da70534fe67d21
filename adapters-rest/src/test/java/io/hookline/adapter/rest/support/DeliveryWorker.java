package io.hookline.adapter.rest.support;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.Completion;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Plays the dispatcher against the in-memory queue, so that tests can put a delivery in any state
 * with real attempts behind it: lease it, then settle it as the receiver would have answered.
 */
public final class DeliveryWorker {

  private final DeliveryQueue queue;

  public DeliveryWorker(DeliveryQueue queue) {
    this.queue = queue;
  }

  /** Leases the delivery for an hour, so it is being sent; the rest that was due goes back. */
  public ClaimedDelivery lease(String deliveryId) {
    List<ClaimedDelivery> due = queue.claim(Integer.MAX_VALUE, Instant.now(), Duration.ofHours(1));
    ClaimedDelivery leased =
        due.stream()
            .filter(claimed -> claimed.id().toString().equals(deliveryId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("delivery " + deliveryId + " is not due"));
    queue.release(due.stream().filter(claimed -> claimed != leased).toList());
    return leased;
  }

  /** One attempt answered with the status and body; the delivery then failed for good. */
  public void failForGood(String deliveryId, int statusCode, String responseBody) {
    settle(lease(deliveryId), DeliveryStatus.FAILED, Optional.of(statusCode), responseBody);
  }

  /** One attempt answered with the status and body; the delivery is then done. */
  public void succeed(String deliveryId, int statusCode, String responseBody) {
    settle(lease(deliveryId), DeliveryStatus.SUCCEEDED, Optional.of(statusCode), responseBody);
  }

  /** One attempt without an answer; another is scheduled an hour later. */
  public void failForNow(String deliveryId, String error) {
    settle(lease(deliveryId), DeliveryStatus.PENDING, Optional.empty(), error);
  }

  private void settle(
      ClaimedDelivery claimed, DeliveryStatus status, Optional<Integer> code, String text) {
    Instant now = Instant.now();
    int number = claimed.attemptsBefore() + 1;
    Optional<String> error = code.isPresent() ? Optional.empty() : Optional.of(text);
    var attempt =
        new Attempt(claimed.id(), number, now, 120, code, error, code.isPresent() ? text : "");
    Instant next = status == DeliveryStatus.PENDING ? now.plus(Duration.ofHours(1)) : now;
    queue.complete(
        List.of(new Completion(claimed, status, number, next, code, error, Optional.of(attempt))));
  }
}
