package io.hookline.application.port.out;

import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.DeliveryStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The new state of a claimed delivery after the dispatcher decided its outcome, with the attempt to
 * log if one was made.
 */
public record Completion(
    ClaimedDelivery claimed,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Optional<Integer> lastStatusCode,
    Optional<String> lastError,
    Optional<Attempt> attempt) {

  public Completion {
    Objects.requireNonNull(claimed);
    Objects.requireNonNull(status);
    Objects.requireNonNull(nextAttemptAt);
    Objects.requireNonNull(lastStatusCode);
    Objects.requireNonNull(lastError);
    Objects.requireNonNull(attempt);
    if (status == DeliveryStatus.SENDING) {
      throw new IllegalArgumentException("a completion leaves the sending state");
    }
  }
}
