package io.hookline.adapter.persistence;

import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.EventId;
import io.hookline.domain.event.IdempotencyKey;
import io.hookline.domain.event.ObjectRef;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import io.micronaut.context.BeanLocator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A fresh team with its own subscriptions that publishes events with their deliveries at chosen
 * moments, so that suites sharing a database only ever look at their own rows.
 */
final class Publisher {

  /**
   * Beyond any real clock and every queue window: deliveries due then stay pending, and neither a
   * real dispatcher on the shared database nor the queue suites ever claim them.
   */
  static final Instant FUTURE = Instant.parse("3000-01-01T00:00:00.123456Z");

  final TeamId team;
  private final IdGenerator ids;
  private final EventRepository events;
  private final SubscriptionRepository subscriptions;

  /** A publisher using the beans of one instance of the service. */
  Publisher(BeanLocator beans) {
    this.ids = beans.getBean(IdGenerator.class);
    this.events = beans.getBean(EventRepository.class);
    this.subscriptions = beans.getBean(SubscriptionRepository.class);
    this.team = Fixtures.storedTeam(beans.getBean(TeamRepository.class), ids);
  }

  /** A new subscription of the team, stored. */
  SubscriptionId subscription() {
    var subscription = Fixtures.minimalSubscription(team, ids);
    subscriptions.add(subscription);
    return subscription.id();
  }

  /** An event of the team that is not stored yet. */
  Event event(String type, Optional<IdempotencyKey> key, int fanout, Instant at) {
    return Event.publish(
        new EventId(ids.next()),
        team,
        new EventTypeName(type),
        new EventData("{\"n\":" + fanout + ",\"text\":\"ünïcødé ✓\"}"),
        Optional.of(new ObjectRef("order", "o-42")),
        key,
        fanout,
        at);
  }

  /** Pending deliveries of the event, one per subscription, created with it. */
  List<Delivery> deliveriesOf(Event event, List<SubscriptionId> to) {
    return to.stream()
        .map(
            subscription ->
                Delivery.pending(
                    new DeliveryId(ids.next()), team, event.id(), subscription, event.createdAt()))
        .toList();
  }

  /** Appends a new event at that moment with one delivery per subscription; returns those. */
  List<Delivery> publish(Instant at, SubscriptionId... to) {
    Event event = event("order.created", Optional.empty(), to.length, at);
    List<Delivery> deliveries = deliveriesOf(event, Arrays.asList(to));
    events.append(event, deliveries);
    return deliveries;
  }

  /** The stored status of one of the team's deliveries. */
  DeliveryStatus statusOf(Delivery delivery, DeliveryRepository log) {
    return log.findById(team, delivery.id()).orElseThrow().status();
  }

  /** Appends a new event at that moment with one delivery to the subscription; returns it. */
  Delivery publishOne(Instant at, SubscriptionId to) {
    return publish(at, to).getFirst();
  }
}
