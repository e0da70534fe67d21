package io.hookline.application.port.out;

import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The delivery log: reading deliveries and their attempts, and queuing them again by hand. */
public interface DeliveryRepository {

  /** The team's deliveries, newest first, narrowed by the filters that are present. */
  Page<Delivery> list(
      TeamId teamId,
      Optional<SubscriptionId> subscriptionId,
      Optional<EventId> eventId,
      Optional<DeliveryStatus> status,
      PageRequest page);

  Optional<Delivery> findById(TeamId teamId, DeliveryId id);

  /** Every attempt of the delivery, oldest first. */
  List<Attempt> attemptsOf(DeliveryId id);

  /**
   * Makes a delivery that is not being sent right now pending and due at {@code now}, keeping its
   * attempt count, then wakes the delivery queue.
   *
   * @return the delivery as it is now, or empty if it is being sent (leased) at this moment
   */
  Optional<Delivery> requeue(TeamId teamId, DeliveryId id, Instant now);

  /**
   * Makes every failed delivery of the subscription created at or after {@code since} pending and
   * due at {@code now}, then wakes the delivery queue.
   *
   * @return how many deliveries were queued again
   */
  int requeueFailed(TeamId teamId, SubscriptionId subscriptionId, Instant since, Instant now);
}
