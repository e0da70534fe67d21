package io.hookline.application.service;

import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.EventId;
import io.hookline.domain.event.IdempotencyKey;
import io.hookline.domain.event.ObjectRef;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.team.TeamId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a new event into one pending delivery per subscription of its team that wants it, and
 * stores the event with its deliveries in one go.
 */
public final class FanOut {

  private final SubscriptionRepository subscriptions;
  private final EventRepository events;
  private final IdGenerator ids;
  private final Clock clock;

  public FanOut(
      SubscriptionRepository subscriptions, EventRepository events, IdGenerator ids, Clock clock) {
    this.subscriptions = subscriptions;
    this.events = events;
    this.ids = ids;
    this.clock = clock;
  }

  /** Stores the event and its deliveries; returns the stored event (an earlier one on replay). */
  public Event publish(
      TeamId teamId,
      EventTypeName type,
      EventData data,
      Optional<ObjectRef> object,
      Optional<IdempotencyKey> idempotencyKey) {
    Instant now = clock.instant();
    EventId eventId = new EventId(ids.next());
    Event draft = Event.publish(eventId, teamId, type, data, object, idempotencyKey, 0, now);
    List<Delivery> deliveries = new ArrayList<>();
    for (Subscription subscription : subscriptions.listAll(teamId)) {
      if (subscription.wants(draft)) {
        deliveries.add(
            Delivery.pending(new DeliveryId(ids.next()), teamId, eventId, subscription.id(), now));
      }
    }
    Event event =
        Event.publish(eventId, teamId, type, data, object, idempotencyKey, deliveries.size(), now);
    return events.append(event, deliveries);
  }
}
