package io.hookline.adapter.rest.support;

import io.hookline.application.fake.InMemoryDeliveryStore;
import io.hookline.application.fake.InMemorySubscriptionRepository;
import io.hookline.application.fake.SequentialIdGenerator;
import io.hookline.application.port.in.GetDeliveryUseCase;
import io.hookline.application.port.in.GetEventUseCase;
import io.hookline.application.port.in.ListDeliveriesUseCase;
import io.hookline.application.port.in.ListEventsUseCase;
import io.hookline.application.port.in.PublishEventUseCase;
import io.hookline.application.port.in.RecoverSubscriptionUseCase;
import io.hookline.application.port.in.RetryDeliveryUseCase;
import io.hookline.application.port.in.SendTestEventUseCase;
import io.hookline.application.service.DirectDelivery;
import io.hookline.application.service.EventTypeCatalog;
import io.hookline.application.service.FanOut;
import io.hookline.application.service.GetDeliveryService;
import io.hookline.application.service.GetEventService;
import io.hookline.application.service.ListDeliveriesService;
import io.hookline.application.service.ListEventsService;
import io.hookline.application.service.PublishEventService;
import io.hookline.application.service.RecoverSubscriptionService;
import io.hookline.application.service.RetryDeliveryService;
import io.hookline.application.service.SendTestEventService;
import io.hookline.application.service.SubscriptionAccess;
import io.hookline.application.service.TeamAccess;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The real publish and delivery-log use cases over {@link InMemoryPorts}. */
@Factory
final class InMemoryDeliveryUseCases {

  @Singleton
  PublishEventUseCase publishEvent(
      TeamAccess teamAccess,
      EventTypeCatalog catalog,
      InMemorySubscriptionRepository subscriptions,
      InMemoryDeliveryStore store,
      SequentialIdGenerator ids,
      Clock clock) {
    return new PublishEventService(
        teamAccess, catalog, new FanOut(subscriptions, store, ids, clock));
  }

  @Singleton
  ListEventsUseCase listEvents(TeamAccess teamAccess, InMemoryDeliveryStore store) {
    return new ListEventsService(teamAccess, store);
  }

  @Singleton
  GetEventUseCase getEvent(TeamAccess teamAccess, InMemoryDeliveryStore store) {
    return new GetEventService(teamAccess, store);
  }

  @Singleton
  ListDeliveriesUseCase listDeliveries(TeamAccess teamAccess, InMemoryDeliveryStore store) {
    return new ListDeliveriesService(teamAccess, store);
  }

  @Singleton
  GetDeliveryUseCase getDelivery(TeamAccess teamAccess, InMemoryDeliveryStore store) {
    return new GetDeliveryService(teamAccess, store);
  }

  @Singleton
  RetryDeliveryUseCase retryDelivery(
      TeamAccess teamAccess, InMemoryDeliveryStore store, Clock clock) {
    return new RetryDeliveryService(teamAccess, store, clock);
  }

  @Singleton
  RecoverSubscriptionUseCase recoverSubscription(
      SubscriptionAccess access, InMemoryDeliveryStore store, Clock clock) {
    return new RecoverSubscriptionService(access, store, clock);
  }

  @Singleton
  SendTestEventUseCase sendTestEvent(
      SubscriptionAccess access, EventTypeCatalog catalog, DirectDelivery direct) {
    return new SendTestEventService(access, catalog, direct);
  }
}
