package io.hookline.application.service;

import io.hookline.application.port.in.SendTestEventUseCase;
import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.EventId;
import io.hookline.domain.eventtype.EventTypeName;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sends a test event to one subscription, bypassing its selectors. */
public final class SendTestEventService implements SendTestEventUseCase {

  /** The type of test events when none is asked for. */
  public static final EventTypeName PING = new EventTypeName("hookline.ping");

  private final SubscriptionAccess access;
  private final EventTypeCatalog catalog;
  private final EventRepository events;
  private final IdGenerator ids;
  private final Clock clock;

  public SendTestEventService(
      SubscriptionAccess access,
      EventTypeCatalog catalog,
      EventRepository events,
      IdGenerator ids,
      Clock clock) {
    this.access = access;
    this.catalog = catalog;
    this.events = events;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public TestEventSent send(SendTestEventCommand command) {
    var subscription = access.require(command.actor(), command.teamId(), command.subscriptionId());
    EventTypeName type = command.type().orElse(PING);
    if (command.type().isPresent()) {
      catalog.requireOffered("eventType", type);
    }
    Instant now = clock.instant();
    EventData data =
        new EventData(
            JsonText.object(
                Map.of(
                    "message",
                    "This is a test event from Hookline",
                    "subscriptionId",
                    subscription.id().toString())));
    Event event =
        Event.publish(
            new EventId(ids.next()),
            command.teamId(),
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
            Delivery.pending(deliveryId, command.teamId(), event.id(), subscription.id(), now)));
    return new TestEventSent(event, deliveryId);
  }
}
