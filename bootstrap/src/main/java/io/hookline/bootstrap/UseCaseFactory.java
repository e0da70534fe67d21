package io.hookline.bootstrap;

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
import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.EventTypeRepository;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.TeamRepository;
import io.hookline.application.port.out.WebhookTargetPolicy;
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

/** Builds the team, catalog and subscription services over the ports, offered as use cases. */
@Factory
class UseCaseFactory {

  @Singleton
  Clock clock() {
    // Microseconds: the finest both databases keep, so what is returned equals what is read back.
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
  }

  @Singleton
  TeamAccess teamAccess(TeamRepository teams) {
    return new TeamAccess(teams);
  }

  @Singleton
  EventTypeCatalog eventTypeCatalog(EventTypeRepository types) {
    return new EventTypeCatalog(types);
  }

  @Singleton
  SubscriptionAccess subscriptionAccess(
      TeamAccess teamAccess, SubscriptionRepository subscriptions, EventTypeCatalog catalog) {
    return new SubscriptionAccess(teamAccess, subscriptions, catalog);
  }

  @Singleton
  DirectDelivery directDelivery(EventRepository events, IdGenerator ids, Clock clock) {
    return new DirectDelivery(events, ids, clock);
  }

  @Singleton
  SubscriptionAnnouncer subscriptionAnnouncer(DirectDelivery direct) {
    return new SubscriptionAnnouncer(direct);
  }

  @Singleton
  CreateTeamUseCase createTeam(TeamRepository teams, IdGenerator ids, Clock clock) {
    return new CreateTeamService(teams, ids, clock);
  }

  @Singleton
  ListTeamsUseCase listTeams(TeamRepository teams) {
    return new ListTeamsService(teams);
  }

  @Singleton
  GetTeamUseCase getTeam(TeamAccess access) {
    return new GetTeamService(access);
  }

  @Singleton
  CreateEventTypeUseCase createEventType(EventTypeRepository types, Clock clock) {
    return new CreateEventTypeService(types, clock);
  }

  @Singleton
  ListEventTypesUseCase listEventTypes(EventTypeRepository types) {
    return new ListEventTypesService(types);
  }

  @Singleton
  ArchiveEventTypeUseCase archiveEventType(EventTypeRepository types) {
    return new ArchiveEventTypeService(types);
  }

  @Singleton
  CreateSubscriptionUseCase createSubscription(
      TeamAccess teamAccess,
      SubscriptionAccess access,
      SubscriptionRepository subscriptions,
      WebhookTargetPolicy targets,
      SubscriptionAnnouncer announcer,
      IdGenerator ids,
      Clock clock) {
    return new CreateSubscriptionService(
        teamAccess, access, subscriptions, targets, announcer, ids, clock);
  }

  @Singleton
  ListSubscriptionsUseCase listSubscriptions(
      TeamAccess access, SubscriptionRepository subscriptions) {
    return new ListSubscriptionsService(access, subscriptions);
  }

  @Singleton
  GetSubscriptionUseCase getSubscription(SubscriptionAccess access) {
    return new GetSubscriptionService(access);
  }

  @Singleton
  UpdateSubscriptionUseCase updateSubscription(
      SubscriptionAccess access,
      SubscriptionRepository subscriptions,
      WebhookTargetPolicy targets,
      SubscriptionAnnouncer announcer,
      Clock clock) {
    return new UpdateSubscriptionService(access, subscriptions, targets, announcer, clock);
  }

  @Singleton
  DeleteSubscriptionUseCase deleteSubscription(
      SubscriptionAccess access, SubscriptionRepository subscriptions, Clock clock) {
    return new DeleteSubscriptionService(access, subscriptions, clock);
  }

  @Singleton
  RotateSubscriptionSecretUseCase rotateSecret(
      SubscriptionAccess access,
      SubscriptionRepository subscriptions,
      Clock clock,
      HooklineSettings settings) {
    return new RotateSubscriptionSecretService(
        access, subscriptions, clock, settings.secretOverlap());
  }
}
