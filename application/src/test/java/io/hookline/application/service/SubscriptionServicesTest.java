package io.hookline.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.application.fake.InMemoryDeliveryStore;
import io.hookline.application.fake.InMemoryEventTypeRepository;
import io.hookline.application.fake.InMemorySubscriptionRepository;
import io.hookline.application.fake.InMemoryTeamRepository;
import io.hookline.application.fake.RefusedHosts;
import io.hookline.application.fake.SequentialIdGenerator;
import io.hookline.application.port.in.CreateSubscriptionUseCase.CreateSubscriptionCommand;
import io.hookline.application.port.in.DeleteSubscriptionUseCase.DeleteSubscriptionCommand;
import io.hookline.application.port.in.GetSubscriptionUseCase.GetSubscriptionQuery;
import io.hookline.application.port.in.Patch;
import io.hookline.application.port.in.RotateSubscriptionSecretUseCase.RotateSubscriptionSecretCommand;
import io.hookline.application.port.in.UpdateSubscriptionUseCase.UpdateSubscriptionCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.AccessDeniedException;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import io.hookline.domain.team.TeamName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionServicesTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
  private final InMemoryEventTypeRepository eventTypes = new InMemoryEventTypeRepository();
  private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
  private final TeamAccess teamAccess = new TeamAccess(teams);
  private final SubscriptionAccess access =
      new SubscriptionAccess(teamAccess, subscriptions, new EventTypeCatalog(eventTypes));
  private final InMemoryDeliveryStore store = new InMemoryDeliveryStore();
  private final SequentialIdGenerator ids = new SequentialIdGenerator();
  private final SubscriptionAnnouncer announcer =
      new SubscriptionAnnouncer(new DirectDelivery(store, ids, clock));
  private final RefusedHosts targets = new RefusedHosts("internal.example");
  private final CreateSubscriptionService create =
      new CreateSubscriptionService(
          teamAccess, access, subscriptions, targets, announcer, ids, clock);
  private final UpdateSubscriptionService update =
      new UpdateSubscriptionService(access, subscriptions, targets, announcer, clock);

  private final TeamId teamA = new TeamId(UUID.randomUUID());
  private final TeamId teamB = new TeamId(UUID.randomUUID());
  private final Actor memberOfA = Actor.member("alice", teamA);

  @BeforeEach
  void catalogAndTeams() {
    teams.add(Team.create(teamA, new TeamName("a"), clock.instant()));
    teams.add(Team.create(teamB, new TeamName("b"), clock.instant()));
    eventTypes.add(EventType.define(new EventTypeName("order.created"), "", clock.instant()));
    eventTypes.add(
        EventType.define(new EventTypeName("order.legacy"), "", clock.instant()).archive());
  }

  private Subscription subscribe(String... selectors) {
    var settings =
        SubscriptionSettings.of(
            new WebhookUrl("https://receiver.example/hook"),
            EventSelectors.parse(List.of(selectors)));
    return create.create(new CreateSubscriptionCommand(memberOfA, teamA, settings));
  }

  @Test
  void aNewSubscriptionIsEnabledAndHasItsOwnGeneratedSecret() {
    var first = subscribe("order.created");
    var second = subscribe("order.*");
    assertTrue(first.enabled());
    assertNotEquals(first.secrets().current(), second.secrets().current());
    assertEquals(first.createdAt(), clock.instant());
  }

  @Test
  void subscribingToAnArchivedOrUnknownTypeIsRejectedNamingTheField() {
    var error = assertThrows(InvalidInputException.class, () -> subscribe("order.legacy", "nope"));
    assertEquals("eventTypes", error.errors().get(0).field());
    assertTrue(error.getMessage().contains("'order.legacy', 'nope'"));
  }

  @Test
  void wildcardsAndPrefixesNeedNoCatalogEntry() {
    assertEquals(
        List.of("*", "invoice.*"), subscribe("*", "invoice.*").settings().selectors().asStrings());
  }

  @Test
  void aMemberOfAnotherTeamIsRefusedBeforeAnythingIsLookedUp() {
    var sub = subscribe("order.created");
    var outsider = Actor.member("bob", teamB);
    assertThrows(AccessDeniedException.class, () -> access.require(outsider, teamA, sub.id()));
  }

  @Test
  void aSubscriptionIsNotFoundUnderAnotherTeamsPath() {
    var sub = subscribe("order.created");
    var admin = Actor.admin("ops");
    assertThrows(NotFoundException.class, () -> access.require(admin, teamB, sub.id()));
  }

  @Test
  void anUpdateChangesOnlyThePatchedFields() {
    var sub = subscribe("order.created");
    var command =
        UpdateSubscriptionCommand.of(memberOfA, teamA, sub.id())
            .withUrl(new WebhookUrl("https://new.example/hook"))
            .withAuthorizationToken(Optional.of(new AuthorizationToken("tok")));
    var updated = update.update(command);
    assertEquals("https://new.example/hook", updated.settings().url().value());
    assertEquals(List.of("order.created"), updated.settings().selectors().asStrings());
    assertEquals("tok", updated.settings().authorizationToken().orElseThrow().value());
    var cleared =
        update.update(
            UpdateSubscriptionCommand.of(memberOfA, teamA, sub.id())
                .withAuthorizationToken(Optional.empty()));
    assertTrue(cleared.settings().authorizationToken().isEmpty());
  }

  @Test
  void disablingByTheOwnerKeepsAReasonAndEnablingClearsIt() {
    var sub = subscribe("order.created");
    var off =
        new UpdateSubscriptionCommand(
            memberOfA, teamA, sub.id(), null, null, null, null, null, null, null, Patch.set(false));
    var disabled = update.update(off);
    assertFalse(disabled.enabled());
    assertEquals("disabled by its owner", disabled.disabledReason().orElseThrow());
    var on =
        new UpdateSubscriptionCommand(
            memberOfA, teamA, sub.id(), null, null, null, null, null, null, null, Patch.set(true));
    assertTrue(update.update(on).disabledReason().isEmpty());
  }

  @Test
  void newSelectorsInAnUpdateAreCheckedAgainstTheCatalog() {
    var sub = subscribe("order.created");
    var command =
        UpdateSubscriptionCommand.of(memberOfA, teamA, sub.id())
            .withSelectors(EventSelectors.parse(List.of("order.legacy")));
    assertThrows(InvalidInputException.class, () -> update.update(command));
  }

  @Test
  void aRotationKeepsThePreviousSecretValidForTheOverlap() {
    var sub = subscribe("order.created");
    var rotate =
        new RotateSubscriptionSecretService(access, subscriptions, clock, Duration.ofHours(24));
    var rotated = rotate.rotate(new RotateSubscriptionSecretCommand(memberOfA, teamA, sub.id()));
    assertEquals(
        List.of(rotated.secrets().current(), sub.secrets().current()),
        rotated.secrets().validAt(clock.instant().plus(Duration.ofHours(1))));
    var stored =
        new GetSubscriptionService(access)
            .get(new GetSubscriptionQuery(memberOfA, teamA, sub.id()));
    assertEquals(rotated.secrets(), stored.secrets());
  }

  @Test
  void aDeletedSubscriptionIsGoneFromTheApiButKeptInStorage() {
    var sub = subscribe("order.created");
    new DeleteSubscriptionService(access, subscriptions, clock)
        .delete(new DeleteSubscriptionCommand(memberOfA, teamA, sub.id()));
    assertThrows(NotFoundException.class, () -> access.require(memberOfA, teamA, sub.id()));
    assertEquals(
        clock.instant(), subscriptions.stored(sub.id()).orElseThrow().deletedAt().orElseThrow());
  }

  @Test
  void aTargetThePolicyRefusesIsRejectedUnderUrlOnCreateAndOnUpdate() {
    var settings =
        SubscriptionSettings.of(
            new WebhookUrl("http://internal.example/hook"),
            EventSelectors.parse(List.of("order.created")));
    var error =
        assertThrows(
            InvalidInputException.class,
            () -> create.create(new CreateSubscriptionCommand(memberOfA, teamA, settings)));
    assertEquals("url", error.errors().getFirst().field());
    var sub = subscribe("order.created");
    var move =
        UpdateSubscriptionCommand.of(memberOfA, teamA, sub.id())
            .withUrl(new WebhookUrl("http://internal.example/other"));
    assertThrows(InvalidInputException.class, () -> update.update(move));
  }

  @Test
  void aFormatWhoseReceiversExpectItIsToldOfCreationAndUpdateAndOthersAreNot() {
    subscribe("order.created");
    assertTrue(store.allDeliveries().isEmpty());
    var settings =
        SubscriptionSettings.of(
                new WebhookUrl("https://receiver.example/codewars"),
                EventSelectors.parse(List.of("order.created")))
            .withFormat(DeliveryFormat.CODEWARS);
    var codewars = create.create(new CreateSubscriptionCommand(memberOfA, teamA, settings));
    update.update(
        UpdateSubscriptionCommand.of(memberOfA, teamA, codewars.id())
            .withUrl(new WebhookUrl("https://receiver.example/moved")));
    var pings = store.allDeliveries();
    assertEquals(2, pings.size());
    assertTrue(pings.stream().allMatch(d -> d.subscriptionId().equals(codewars.id())));
    var event = store.findById(teamA, pings.getFirst().eventId()).orElseThrow();
    assertEquals("webhook.updated", event.type().value());
    assertEquals("{\"id\":\"" + codewars.id() + "\"}", event.data().json());
  }
}
