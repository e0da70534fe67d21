package io.hookline.adapter.rest.support;

import io.hookline.application.fake.InMemoryDeliveryStore;
import io.hookline.application.fake.InMemoryEventTypeRepository;
import io.hookline.application.fake.InMemorySubscriptionRepository;
import io.hookline.application.fake.InMemoryTeamRepository;
import io.hookline.application.fake.RefusedHosts;
import io.hookline.application.fake.SequentialIdGenerator;
import io.hookline.application.service.DirectDelivery;
import io.hookline.application.service.EventTypeCatalog;
import io.hookline.application.service.SendTestEventService;
import io.hookline.application.service.SubscriptionAccess;
import io.hookline.application.service.SubscriptionAnnouncer;
import io.hookline.application.service.TeamAccess;
import io.hookline.domain.eventtype.EventType;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The outgoing ports as in-memory fakes, with the shared service helpers over them, standing in for
 * the persistence adapter and bootstrap; tests may inject them to look behind the API.
 */
@Factory
final class InMemoryPorts {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  SequentialIdGenerator ids() {
    return new SequentialIdGenerator();
  }

  @Singleton
  InMemoryTeamRepository teams() {
    return new InMemoryTeamRepository();
  }

  /** The catalog, holding the built-in type of test events like the real migration does. */
  @Singleton
  InMemoryEventTypeRepository eventTypes(Clock clock) {
    InMemoryEventTypeRepository types = new InMemoryEventTypeRepository();
    types.add(EventType.define(SendTestEventService.PING, "a test event", clock.instant()));
    return types;
  }

  @Singleton
  InMemorySubscriptionRepository subscriptions() {
    return new InMemorySubscriptionRepository();
  }

  @Singleton
  InMemoryDeliveryStore deliveryStore() {
    return new InMemoryDeliveryStore();
  }

  @Singleton
  TeamAccess teamAccess(InMemoryTeamRepository teams) {
    return new TeamAccess(teams);
  }

  @Singleton
  SubscriptionAccess subscriptionAccess(
      TeamAccess teamAccess,
      InMemorySubscriptionRepository subscriptions,
      EventTypeCatalog catalog) {
    return new SubscriptionAccess(teamAccess, subscriptions, catalog);
  }

  @Singleton
  DirectDelivery directDelivery(
      InMemoryDeliveryStore store, SequentialIdGenerator ids, Clock clock) {
    return new DirectDelivery(store, ids, clock);
  }

  @Singleton
  SubscriptionAnnouncer announcer(DirectDelivery direct) {
    return new SubscriptionAnnouncer(direct);
  }

  @Singleton
  RefusedHosts targets() {
    return new RefusedHosts("refused.example");
  }

  @Singleton
  EventTypeCatalog catalog(InMemoryEventTypeRepository eventTypes) {
    return new EventTypeCatalog(eventTypes);
  }
}
