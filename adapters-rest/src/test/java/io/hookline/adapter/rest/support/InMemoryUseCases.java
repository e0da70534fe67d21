package io.hookline.adapter.rest.support;

import io.hookline.application.fake.InMemoryDeliveryStore;
import io.hookline.application.fake.InMemoryEventTypeRepository;
import io.hookline.application.fake.InMemorySubscriptionRepository;
import io.hookline.application.fake.InMemoryTeamRepository;
import io.hookline.application.fake.RefusedHosts;
import io.hookline.application.fake.SequentialIdGenerator;
import io.hookline.application.port.in.ArchiveEventTypeUseCase;
import io.hookline.application.port.in.CreateEventTypeUseCase;
import io.hookline.application.port.in.CreateSubscriptionUseCase;
import io.hookline.application.port.in.CreateTeamUseCase;
import io.hookline.application.port.in.DeleteSubscriptionUseCase;
import io.hookline.application.port.in.GetSubscriptionUseCase;
import io.hookline.application.port.in.GetTeamUseCase;
import io.hookline.application.port.in.ListEventTypesUseCase;
import io.hookline.application.port.in.ListSubscriptionsUseCase;
import io.hookline.application.port.in.ListTeamsUseCase;
import io.hookline.application.port.in.RotateSubscriptionSecretUseCase;
import io.hookline.application.port.in.UpdateSubscriptionUseCase;
import io.hookline.application.service.ArchiveEventTypeService;
import io.hookline.application.service.CreateEventTypeService;
import io.hookline.application.service.CreateSubscriptionService;
import io.hookline.application.service.CreateTeamService;
import io.hookline.application.service.DeleteSubscriptionService;
import io.hookline.application.service.DirectDelivery;
import io.hookline.application.service.EventTypeCatalog;
import io.hookline.application.service.GetSubscriptionService;
import io.hookline.application.service.GetTeamService;
import io.hookline.application.service.ListEventTypesService;
import io.hookline.application.service.ListSubscriptionsService;
import io.hookline.application.service.ListTeamsService;
import io.hookline.application.service.RotateSubscriptionSecretService;
import io.hookline.application.service.SubscriptionAccess;
import io.hookline.application.service.SubscriptionAnnouncer;
import io.hookline.application.service.TeamAccess;
import io.hookline.application.service.UpdateSubscriptionService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The real use cases over the in-memory port fakes, standing in for bootstrap's wiring. */
@Factory
final class InMemoryUseCases {

  private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
  private final InMemoryEventTypeRepository eventTypes = new InMemoryEventTypeRepository();
  private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
  private final SequentialIdGenerator ids = new SequentialIdGenerator();
  private final Clock clock = Clock.systemUTC();
  private final TeamAccess teamAccess = new TeamAccess(teams);
  private final SubscriptionAccess access =
      new SubscriptionAccess(teamAccess, subscriptions, new EventTypeCatalog(eventTypes));
  private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
  private final SubscriptionAnnouncer announcer =
      new SubscriptionAnnouncer(new DirectDelivery(deliveries, ids, clock));
  private final RefusedHosts targets = new RefusedHosts("refused.example");

  @Singleton
  CreateTeamUseCase createTeam() {
    return new CreateTeamService(teams, ids, clock);
  }

  @Singleton
  ListTeamsUseCase listTeams() {
    return new ListTeamsService(teams);
  }

  @Singleton
  GetTeamUseCase getTeam() {
    return new GetTeamService(teamAccess);
  }

  @Singleton
  ListEventTypesUseCase listEventTypes() {
    return new ListEventTypesService(eventTypes);
  }

  @Singleton
  CreateEventTypeUseCase createEventType() {
    return new CreateEventTypeService(eventTypes, clock);
  }

  @Singleton
  ArchiveEventTypeUseCase archiveEventType() {
    return new ArchiveEventTypeService(eventTypes);
  }

  @Singleton
  CreateSubscriptionUseCase createSubscription() {
    return new CreateSubscriptionService(
        teamAccess, access, subscriptions, targets, announcer, ids, clock);
  }

  @Singleton
  ListSubscriptionsUseCase listSubscriptions() {
    return new ListSubscriptionsService(teamAccess, subscriptions);
  }

  @Singleton
  GetSubscriptionUseCase getSubscription() {
    return new GetSubscriptionService(access);
  }

  @Singleton
  UpdateSubscriptionUseCase updateSubscription() {
    return new UpdateSubscriptionService(access, subscriptions, targets, announcer, clock);
  }

  @Singleton
  DeleteSubscriptionUseCase deleteSubscription() {
    return new DeleteSubscriptionService(access, subscriptions, clock);
  }

  @Singleton
  RotateSubscriptionSecretUseCase rotateSubscriptionSecret() {
    return new RotateSubscriptionSecretService(access, subscriptions, clock, Duration.ofHours(24));
  }
}
