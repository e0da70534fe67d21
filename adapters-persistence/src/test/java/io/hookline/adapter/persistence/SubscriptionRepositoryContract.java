package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriptionRepository} must do, run against each database. */
abstract class SubscriptionRepositoryContract extends DatabaseSuite {

  private SubscriptionRepository subscriptions;
  private TeamRepository teams;
  private IdGenerator ids;
  private TeamId team;

  @BeforeEach
  void startWithAFreshTeam() {
    subscriptions = bean(SubscriptionRepository.class);
    teams = bean(TeamRepository.class);
    ids = bean(IdGenerator.class);
    team = Fixtures.storedTeam(teams, ids);
  }

  @Test
  void everyFieldOfAFullyConfiguredSubscriptionReadsBackAsStored() {
    Subscription subscription = Fixtures.fullyConfiguredSubscription(team, ids);

    subscriptions.add(subscription);

    assertEquals(
        Optional.of(SubscriptionSnapshot.of(subscription)),
        SubscriptionSnapshot.of(subscriptions.findById(team, subscription.id())));
  }

  @Test
  void aMinimalSubscriptionReadsBackWithoutTheOptionalParts() {
    Subscription subscription = Fixtures.minimalSubscription(team, ids);

    subscriptions.add(subscription);

    assertEquals(
        Optional.of(SubscriptionSnapshot.of(subscription)),
        SubscriptionSnapshot.of(subscriptions.findById(team, subscription.id())));
  }

  @Test
  void changedSettingsStateAndSecretsAreStored() {
    Subscription original = add(Fixtures.minimalSubscription(team, ids));
    Subscription changed =
        original
            .reconfigure(original.settings().withFormat(DeliveryFormat.GUID), Fixtures.NOW)
            .rotateSecret(SigningSecret.generate(), Fixtures.NOW, Duration.ofHours(24))
            .disable("disabled by its owner", Fixtures.NOW.plusSeconds(5));

    subscriptions.update(changed);

    assertEquals(
        Optional.of(SubscriptionSnapshot.of(changed)),
        SubscriptionSnapshot.of(subscriptions.findById(team, original.id())));
  }

  @Test
  void aDeletedSubscriptionIsNoLongerFoundOrListedButKeepsItsRow() {
    Subscription kept = add(Fixtures.minimalSubscription(team, ids));
    Subscription deleted = add(Fixtures.fullyConfiguredSubscription(team, ids));

    subscriptions.update(deleted.delete(Fixtures.NOW.plusSeconds(300)));

    assertEquals(Optional.empty(), subscriptions.findById(team, deleted.id()));
    assertEquals(List.of(kept.id()), idsOf(subscriptions.listAll(team)));
    assertEquals(
        List.of(kept.id()), idsOf(subscriptions.list(team, PageRequest.first(10)).items()));
    SubscriptionRow row =
        bean(SubscriptionRowRepository.class).findById(deleted.id().value()).orElseThrow();
    assertEquals(
        SubscriptionSnapshot.of(deleted.delete(Fixtures.NOW.plusSeconds(300))),
        SubscriptionSnapshot.of(SubscriptionMapper.toDomain(row)));
  }

  @Test
  void anotherTeamsSubscriptionIsNotFoundOrListedUnderADifferentTeam() {
    Subscription theirs = add(Fixtures.minimalSubscription(Fixtures.storedTeam(teams, ids), ids));

    assertEquals(Optional.empty(), subscriptions.findById(team, theirs.id()));
    assertEquals(List.of(), subscriptions.listAll(team));
    assertEquals(List.of(), subscriptions.list(team, PageRequest.first(10)).items());
  }

  @Test
  void pagesFollowCreationOrderAndAnExactlyFullLastPageHasNoCursor() {
    List<SubscriptionId> created = addMinimal(4);

    Page<Subscription> first = subscriptions.list(team, PageRequest.first(2));
    Page<Subscription> last = subscriptions.list(team, new PageRequest(2, first.nextCursor()));

    assertEquals(created.subList(0, 2), idsOf(first.items()));
    assertEquals(Optional.of(created.get(1).toString()), first.nextCursor());
    assertEquals(created.subList(2, 4), idsOf(last.items()));
    assertEquals(Optional.empty(), last.nextCursor());
  }

  @Test
  void aShortLastPageHasNoCursor() {
    List<SubscriptionId> created = addMinimal(3);

    Page<Subscription> page = subscriptions.list(team, PageRequest.first(5));

    assertEquals(created, idsOf(page.items()));
    assertEquals(Optional.empty(), page.nextCursor());
  }

  @Test
  void aMalformedCursorIsRejectedAsInvalidInput() {
    PageRequest request = new PageRequest(10, Optional.of("not-a-cursor"));

    assertThrows(InvalidInputException.class, () -> subscriptions.list(team, request));
  }

  private Subscription add(Subscription subscription) {
    subscriptions.add(subscription);
    return subscription;
  }

  private List<SubscriptionId> addMinimal(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> add(Fixtures.minimalSubscription(team, ids)).id())
        .toList();
  }

  private static List<SubscriptionId> idsOf(List<Subscription> listed) {
    return listed.stream().map(Subscription::id).toList();
  }

  @Test
  void subscriptionsAreFoundByIdWhateverTheirTeamAndDeletedOnesToo() {
    Subscription live = add(Fixtures.minimalSubscription(team, ids));
    Subscription deleted = add(Fixtures.minimalSubscription(team, ids));
    subscriptions.update(deleted.delete(Fixtures.NOW));
    SubscriptionId unknown = new SubscriptionId(ids.next());

    var found = subscriptions.findAllById(List.of(live.id(), deleted.id(), unknown));

    assertEquals(java.util.Set.of(live.id(), deleted.id()), found.keySet());
    assertEquals(true, found.get(deleted.id()).isDeleted());
  }

  @Test
  void aFailingStreakKeepsItsFirstStartUntilASuccessEndsIt() {
    Subscription subscription = add(Fixtures.minimalSubscription(team, ids));
    var first = Fixtures.NOW.plusSeconds(10);

    subscriptions.markFailing(List.of(subscription.id()), first);
    subscriptions.markFailing(List.of(subscription.id()), first.plusSeconds(60));

    assertEquals(
        Optional.of(Timestamps.stored(first)),
        subscriptions.findById(team, subscription.id()).orElseThrow().failingSince());
    subscriptions.markHealthy(List.of(subscription.id()));
    assertEquals(
        Optional.empty(),
        subscriptions.findById(team, subscription.id()).orElseThrow().failingSince());
  }

  @Test
  void healthMarksTouchNothingButTheFailingStreak() {
    Subscription subscription = add(Fixtures.minimalSubscription(team, ids));
    Subscription disabled = subscription.disable("by owner", Fixtures.NOW);
    subscriptions.update(disabled);

    subscriptions.markFailing(List.of(subscription.id()), Fixtures.NOW);

    var stored = subscriptions.findById(team, subscription.id()).orElseThrow();
    assertEquals(false, stored.enabled());
    assertEquals(Optional.of("by owner"), stored.disabledReason());
  }
}
