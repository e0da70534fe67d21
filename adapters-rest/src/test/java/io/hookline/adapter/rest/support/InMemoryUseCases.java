package io.hookline.adapter.rest.support;

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

/** The real team, catalog and subscription use cases over {@link InMemoryPorts}. */
@Factory
final class InMemoryUseCases {

  @Singleton
  CreateTeamUseCase createTeam(
      InMemoryTeamRepository teams, SequentialIdGenerator ids, Clock clock) {
    return new CreateTeamService(teams, ids, clock);
  }

  @Singleton
  ListTeamsUseCase listTeams(InMemoryTeamRepository teams) {
    return new ListTeamsService(teams);
  }

  @Singleton
  GetTeamUseCase getTeam(TeamAccess teamAccess) {
    return new GetTeamService(teamAccess);
  }

  @Singleton
  ListEventTypesUseCase listEventTypes(InMemoryEventTypeRepository eventTypes) {
    return new ListEventTypesService(eventTypes);
  }

  @Singleton
  CreateEventTypeUseCase createEventType(InMemoryEventTypeRepository eventTypes, Clock clock) {
    return new CreateEventTypeService(eventTypes, clock);
  }

  @Singleton
  ArchiveEventTypeUseCase archiveEventType(InMemoryEventTypeRepository eventTypes) {
    return new ArchiveEventTypeService(eventTypes);
  }

  @Singleton
  CreateSubscriptionUseCase createSubscription(
      TeamAccess teamAccess,
      SubscriptionAccess access,
      InMemorySubscriptionRepository subscriptions,
      RefusedHosts targets,
      SubscriptionAnnouncer announcer,
      SequentialIdGenerator ids,
      Clock clock) {
    return new CreateSubscriptionService(
        teamAccess, access, subscriptions, targets, announcer, ids, clock);
  }

  @Singleton
  ListSubscriptionsUseCase listSubscriptions(
      TeamAccess teamAccess, InMemorySubscriptionRepository subscriptions) {
    return new ListSubscriptionsService(teamAccess, subscriptions);
  }

  @Singleton
  GetSubscriptionUseCase getSubscription(SubscriptionAccess access) {
    return new GetSubscriptionService(access);
  }

  @Singleton
  UpdateSubscriptionUseCase updateSubscription(
      SubscriptionAccess access,
      InMemorySubscriptionRepository subscriptions,
      RefusedHosts targets,
      SubscriptionAnnouncer announcer,
      Clock clock) {
    return new UpdateSubscriptionService(access, subscriptions, targets, announcer, clock);
  }

  @Singleton
  DeleteSubscriptionUseCase deleteSubscription(
      SubscriptionAccess access, InMemorySubscriptionRepository subscriptions, Clock clock) {
    return new DeleteSubscriptionService(access, subscriptions, clock);
  }

  @Singleton
  RotateSubscriptionSecretUseCase rotateSubscriptionSecret(
      SubscriptionAccess access, InMemorySubscriptionRepository subscriptions, Clock clock) {
    return new RotateSubscriptionSecretService(access, subscriptions, clock, Duration.ofHours(24));
  }
}
