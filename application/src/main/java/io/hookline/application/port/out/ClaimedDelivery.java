package io.hookline.application.port.out;

import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.util.Objects;
import java.util.UUID;

/** A delivery leased to this instance: what to send, and the lease that proves the claim. */
public record ClaimedDelivery(
    DeliveryId id,
    TeamId teamId,
    EventId eventId,
    SubscriptionId subscriptionId,
    int attemptsBefore,
    UUID leaseToken) {

  public ClaimedDelivery {
    Objects.requireNonNull(id);
    Objects.requireNonNull(teamId);
    Objects.requireNonNull(eventId);
    Objects.requireNonNull(subscriptionId);
    Objects.requireNonNull(leaseToken);
  }
}
