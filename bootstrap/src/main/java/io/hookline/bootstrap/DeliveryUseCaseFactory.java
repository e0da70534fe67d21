package io.hookline.bootstrap;

import io.hookline.application.port.in.GetDeliveryUseCase;
import io.hookline.application.port.in.GetEventUseCase;
import io.hookline.application.port.in.ListDeliveriesUseCase;
import io.hookline.application.port.in.ListEventsUseCase;
import io.hookline.application.port.in.PublishEventUseCase;
import io.hookline.application.port.in.RecoverSubscriptionUseCase;
import io.hookline.application.port.in.RetryDeliveryUseCase;
import io.hookline.application.port.in.SendTestEventUseCase;
import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.SubscriptionRepository;
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

/** Builds the publishing and delivery-log services over the ports, offered as use cases. */
@Factory
class DeliveryUseCaseFactory {

  @Singleton
  FanOut fanOut(
      SubscriptionRepository subscriptions, EventRepository events, IdGenerator ids, Clock clock) {
    return new FanOut(subscriptions, events, ids, clock);
  }

  @Singleton
  PublishEventUseCase publish(TeamAccess access, EventTypeCatalog catalog, FanOut fanOut) {
    return new PublishEventService(access, catalog, fanOut);
  }

  @Singleton
  ListEventsUseCase listEvents(TeamAccess access, EventRepository events) {
    return new ListEventsService(access, events);
  }

  @Singleton
  GetEventUseCase getEvent(TeamAccess access, EventRepository events) {
    return new GetEventService(access, events);
  }

  @Singleton
  ListDeliveriesUseCase listDeliveries(TeamAccess access, DeliveryRepository deliveries) {
    return new ListDeliveriesService(access, deliveries);
  }

  @Singleton
  GetDeliveryUseCase getDelivery(TeamAccess access, DeliveryRepository deliveries) {
    return new GetDeliveryService(access, deliveries);
  }

  @Singleton
  RetryDeliveryUseCase retryDelivery(
      TeamAccess access, DeliveryRepository deliveries, Clock clock) {
    return new RetryDeliveryService(access, deliveries, clock);
  }

  @Singleton
  RecoverSubscriptionUseCase recover(
      SubscriptionAccess access, DeliveryRepository deliveries, Clock clock) {
    return new RecoverSubscriptionService(access, deliveries, clock);
  }

  @Singleton
  SendTestEventUseCase sendTestEvent(
      SubscriptionAccess access, EventTypeCatalog catalog, DirectDelivery direct) {
    return new SendTestEventService(access, catalog, direct);
  }
}
