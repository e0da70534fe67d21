package io.hookline.application.service;

import io.hookline.application.port.in.SendTestEventUseCase.TestEventSent;
import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.EventId;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sends an event to one subscription only, whatever it selects (test events, announcements). */
public final class DirectDelivery {

  private final EventRepository events;
  private final IdGenerator ids;
  private final Clock clock;

  public DirectDelivery(EventRepository events, IdGenerator ids, Clock clock) {
    this.events = events;
    this.ids = ids;
    this.clock = clock;
  }

  public TestEventSent send(Subscription subscription, EventTypeName type, EventData data) {
    Instant now = clock.instant();
    Event event =
        Event.publish(
            new EventId(ids.next()),
            subscription.teamId(),
            type,
            data,
            Optional.empty(),
            Optional.empty(),
            1,
            now);
    DeliveryId deliveryId = new DeliveryId(ids.next());
    events.append(
        event,
        List.of(
            Delivery.pending(
                deliveryId, subscription.teamId(), event.id(), subscription.id(), now)));
    return new TestEventSent(event, deliveryId);
  }
}
