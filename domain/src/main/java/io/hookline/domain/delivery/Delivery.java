package io.hookline.domain.delivery;

import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on its way to one subscription: its status, how many attempts were made, when the next
 * is due, and how the last one went.
 */
public record Delivery(
    DeliveryId id,
    TeamId teamId,
    EventId eventId,
    SubscriptionId subscriptionId,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Optional<Integer> lastStatusCode,
    Optional<String> lastError,
    Instant createdAt,
    Instant updatedAt) {

  public Delivery {
    Objects.requireNonNull(id);
    Objects.requireNonNull(teamId);
    Objects.requireNonNull(eventId);
    Objects.requireNonNull(subscriptionId);
    Objects.requireNonNull(status);
    Objects.requireNonNull(nextAttemptAt);
    Objects.requireNonNull(lastStatusCode);
    Objects.requireNonNull(lastError);
    Objects.requireNonNull(createdAt);
    Objects.requireNonNull(updatedAt);
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts cannot be negative");
    }
  }

  /** A new delivery, due at once. */
  public static Delivery pending(
      DeliveryId id, TeamId teamId, EventId eventId, SubscriptionId subscriptionId, Instant now) {
    return new Delivery(
        id,
        teamId,
        eventId,
        subscriptionId,
        DeliveryStatus.PENDING,
        0,
        now,
        Optional.empty(),
        Optional.empty(),
        now,
        now);
  }
}
