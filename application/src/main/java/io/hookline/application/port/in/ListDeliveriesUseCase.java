package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/** Lists a team's deliveries (the delivery log), newest first, with optional filters. */
public interface ListDeliveriesUseCase {

  Page<Delivery> list(ListDeliveriesQuery query);

  /** The team, the filters, which page, and who asks. */
  record ListDeliveriesQuery(
      Actor actor,
      TeamId teamId,
      Optional<SubscriptionId> subscriptionId,
      Optional<EventId> eventId,
      Optional<DeliveryStatus> status,
      PageRequest page) {
    public ListDeliveriesQuery {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(subscriptionId);
      Objects.requireNonNull(eventId);
      Objects.requireNonNull(status);
      Objects.requireNonNull(page);
    }
  }
}
