package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a test event (by default {@code hookline.ping}) to one subscription only, whatever it
 * selects; the delivery shows in the log like any other.
 */
public interface SendTestEventUseCase {

  TestEventSent send(SendTestEventCommand command);

  /** The subscription, an optional event type for the test event, and who asks. */
  record SendTestEventCommand(
      Actor actor, TeamId teamId, SubscriptionId subscriptionId, Optional<EventTypeName> type) {
    public SendTestEventCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(subscriptionId);
      Objects.requireNonNull(type);
    }
  }

  /** The test event and the one delivery made for it. */
  record TestEventSent(Event event, DeliveryId deliveryId) {
    public TestEventSent {
      Objects.requireNonNull(event);
      Objects.requireNonNull(deliveryId);
    }
  }
}
