package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.Completion;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.application.port.out.DeliveryQueue.Depth;
import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryQueue} must do, run against each database. Each test claims within its
 * own {@link QueueWindow}, so the deliveries it sees are its own.
 */
abstract class DeliveryQueueContract extends DatabaseSuite {

  private DeliveryQueue queue;
  private DeliveryRepository log;
  private Publisher publisher;
  private SubscriptionId subscription;
  private QueueWindow window;

  @BeforeEach
  void startWithAFreshTeamAndWindow() {
    queue = bean(DeliveryQueue.class);
    log = bean(DeliveryRepository.class);
    publisher = new Publisher(beans());
    subscription = publisher.subscription();
    window = QueueWindow.random();
    QueueWindow.finishAll(queue, window.start);
  }

  @AfterEach
  void finishTheWindowsDeliveries() {
    if (queue != null) {
      QueueWindow.finishAll(queue, window.end());
    }
  }

  @Test
  void aClaimLeasesTheDueDeliveriesOldestDueFirst() {
    Delivery third = publisher.publishOne(window.at(3), subscription);
    Delivery first = publisher.publishOne(window.at(1), subscription);
    Delivery second = publisher.publishOne(window.at(2), subscription);
    publisher.publishOne(window.at(10), subscription);

    List<ClaimedDelivery> claimed = queue.claim(10, window.at(5), QueueWindow.LEASE);

    assertEquals(List.of(first.id(), second.id(), third.id()), idsOf(claimed));
    ClaimedDelivery claim = claimed.getFirst();
    assertEquals(first.teamId(), claim.teamId());
    assertEquals(first.eventId(), claim.eventId());
    assertEquals(subscription, claim.subscriptionId());
    assertEquals(0, claim.attemptsBefore());
    assertEquals(DeliveryStatus.SENDING, stored(first).status());
  }

  @Test
  void aClaimTakesAtMostTheAskedNumberAndTheNextClaimTheRest() {
    List<Delivery> due = publisher.publish(window.at(1), subscription, subscription, subscription);

    List<ClaimedDelivery> some = queue.claim(2, window.at(2), QueueWindow.LEASE);
    List<ClaimedDelivery> rest = queue.claim(2, window.at(2), QueueWindow.LEASE);

    assertEquals(2, some.size());
    assertEquals(1, rest.size());
    Set<DeliveryId> all = new HashSet<>(idsOf(some));
    all.addAll(idsOf(rest));
    assertEquals(Set.copyOf(due.stream().map(Delivery::id).toList()), all);
    assertEquals(List.of(), queue.claim(2, window.at(2), QueueWindow.LEASE));
  }

  @Test
  void aLeasedDeliveryIsClaimedAgainOnlyAfterItsLeaseExpires() {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    ClaimedDelivery lost = queue.claim(10, window.at(1), QueueWindow.LEASE).getFirst();

    List<ClaimedDelivery> whileLeased = queue.claim(10, window.at(60), QueueWindow.LEASE);
    List<ClaimedDelivery> afterExpiry = queue.claim(10, window.at(61), QueueWindow.LEASE);

    assertEquals(List.of(), whileLeased);
    assertEquals(List.of(delivery.id()), idsOf(afterExpiry));
    assertNotEquals(lost.leaseToken(), afterExpiry.getFirst().leaseToken());
  }

  @Test
  void claimersRacingForTheSameDeliveriesNeverShareOne() throws Exception {
    SubscriptionId[] to =
        IntStream.range(0, 400).mapToObj(i -> subscription).toArray(SubscriptionId[]::new);
    Set<DeliveryId> due =
        new HashSet<>(publisher.publish(window.at(1), to).stream().map(Delivery::id).toList());

    List<List<DeliveryId>> claims =
        Concurrently.run(
            List.of(this::claimUntilNoneLeft, this::claimUntilNoneLeft, this::claimUntilNoneLeft));

    List<DeliveryId> everyClaim = claims.stream().flatMap(List::stream).toList();
    assertEquals(due.size(), everyClaim.size(), "no delivery was claimed twice");
    assertEquals(due, new HashSet<>(everyClaim));
  }

  @Test
  void completingUnderTheCurrentLeaseStoresTheOutcomeAndLogsTheAttempt() {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    ClaimedDelivery claimed = queue.claim(10, window.at(1), QueueWindow.LEASE).getFirst();
    Attempt attempt = attempt(claimed, 1, window.at(1), Optional.of(500), "oops");

    queue.complete(List.of(retryAt(claimed, window.at(3600), attempt)));

    Delivery stored = stored(delivery);
    assertEquals(DeliveryStatus.PENDING, stored.status());
    assertEquals(1, stored.attempts());
    assertEquals(window.at(3600), stored.nextAttemptAt());
    assertEquals(Optional.of(500), stored.lastStatusCode());
    assertEquals(Optional.of("HTTP 500"), stored.lastError());
    assertEquals(List.of(attempt), log.attemptsOf(delivery.id()));
    assertEquals(List.of(), queue.claim(10, window.at(3599), QueueWindow.LEASE));
    List<ClaimedDelivery> retried = queue.claim(10, window.at(3600), QueueWindow.LEASE);
    assertEquals(List.of(delivery.id()), idsOf(retried));
    assertEquals(1, retried.getFirst().attemptsBefore());
  }

  @Test
  void aFinishedDeliveryIsNeverClaimedAgain() {
    Delivery succeeded = publisher.publishOne(window.at(0), subscription);
    Delivery failed = publisher.publishOne(window.at(1), subscription);
    List<ClaimedDelivery> claimed = queue.claim(10, window.at(2), QueueWindow.LEASE);

    queue.complete(
        List.of(
            QueueWindow.succeeded(claimed.get(0), window.at(2)),
            new Completion(
                claimed.get(1),
                DeliveryStatus.FAILED,
                0,
                window.at(2),
                Optional.empty(),
                Optional.of("gave up"),
                Optional.empty())));

    assertEquals(List.of(), queue.claim(10, window.end(), QueueWindow.LEASE));
    assertEquals(DeliveryStatus.SUCCEEDED, stored(succeeded).status());
    assertEquals(DeliveryStatus.FAILED, stored(failed).status());
    assertEquals(Optional.of("gave up"), stored(failed).lastError());
  }

  @Test
  void aCompletionWhoseLeaseWasLostLogsItsAttemptButLeavesTheDeliveryToTheNewClaim() {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    ClaimedDelivery lost = queue.claim(10, window.at(1), QueueWindow.LEASE).getFirst();
    ClaimedDelivery current = queue.claim(10, window.at(62), QueueWindow.LEASE).getFirst();
    Attempt late = attempt(lost, 1, window.at(70), Optional.of(200), "");

    queue.complete(
        List.of(
            new Completion(
                lost,
                DeliveryStatus.SUCCEEDED,
                1,
                window.at(70),
                Optional.of(200),
                Optional.empty(),
                Optional.of(late))));

    assertEquals(DeliveryStatus.SENDING, stored(delivery).status());
    assertEquals(0, stored(delivery).attempts());
    assertEquals(List.of(late), log.attemptsOf(delivery.id()));
    Attempt next = attempt(current, 1, window.at(71), Optional.of(201), "");
    queue.complete(
        List.of(
            new Completion(
                current,
                DeliveryStatus.SUCCEEDED,
                1,
                window.at(71),
                Optional.of(201),
                Optional.empty(),
                Optional.of(next))));
    assertEquals(DeliveryStatus.SUCCEEDED, stored(delivery).status());
    assertEquals(List.of(late, next), log.attemptsOf(delivery.id()));
  }

  @Test
  void aReleasedDeliveryIsDueAgainAtOnceWithoutAnAttempt() {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    List<ClaimedDelivery> claimed = queue.claim(10, window.at(1), QueueWindow.LEASE);

    queue.release(claimed);

    assertEquals(DeliveryStatus.PENDING, stored(delivery).status());
    assertEquals(0, stored(delivery).attempts());
    assertEquals(List.of(delivery.id()), idsOf(queue.claim(10, window.at(2), QueueWindow.LEASE)));
    assertEquals(List.of(), log.attemptsOf(delivery.id()));
  }

  @Test
  void aReleaseUnderALostLeaseChangesNothing() {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    List<ClaimedDelivery> lost = queue.claim(10, window.at(1), QueueWindow.LEASE);
    queue.claim(10, window.at(62), QueueWindow.LEASE);

    queue.release(lost);

    assertEquals(DeliveryStatus.SENDING, stored(delivery).status());
    assertEquals(List.of(), queue.claim(10, window.at(63), QueueWindow.LEASE));
  }

  @Test
  void attemptTextIsKeptUpToTheColumnLengthWithoutNulCharacters() {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    ClaimedDelivery claimed = queue.claim(10, window.at(1), QueueWindow.LEASE).getFirst();
    String body = "a\0b" + "x".repeat(5000);
    Attempt attempt =
        new Attempt(
            claimed.id(), 1, window.at(1), 12, Optional.of(502), Optional.of("bad\0gateway"), body);

    queue.complete(List.of(retryAt(claimed, window.at(10), attempt)));

    Attempt logged = log.attemptsOf(delivery.id()).getFirst();
    assertEquals(4096, logged.responseBody().length());
    assertEquals("a\uFFFDbx", logged.responseBody().substring(0, 4));
    assertEquals(Optional.of("bad\uFFFDgateway"), logged.error());
  }

  @Test
  void theDepthCountsUnfinishedDeliveriesDueNowAndDueLaterWithLeasesAsLater() {
    Instant now = window.at(100);
    Depth before = queue.depth(now);
    publisher.publish(window.at(1), subscription, subscription);
    publisher.publishOne(window.at(99), subscription);
    publisher.publishOne(window.at(101), subscription);
    queue.claim(1, now, QueueWindow.LEASE);

    Depth after = queue.depth(now);

    assertEquals(2, after.due() - before.due(), "a leased delivery is not waiting");
    assertEquals(2, after.scheduled() - before.scheduled(), "the leased one and the one at 101");
  }

  @Test
  void aSucceededDeliveryLeavesTheDepth() {
    Instant now = window.at(100);
    publisher.publishOne(window.at(1), subscription);
    List<ClaimedDelivery> claimed = queue.claim(1, now, QueueWindow.LEASE);
    Depth sending = queue.depth(now);

    queue.complete(List.of(QueueWindow.succeeded(claimed.getFirst(), now)));

    Depth after = queue.depth(now);
    assertEquals(1, sending.scheduled() - after.scheduled());
    assertEquals(sending.due(), after.due());
  }

  @Test
  void awaitWorkReturnsSoonAfterAnAppendFromAnotherThread() throws Exception {
    Duration woken = Wake.timeToWake(queue, () -> publisher.publishOne(window.at(0), subscription));

    assertTrue(woken.compareTo(Wake.PROMPTLY) < 0, "woken after " + woken);
  }

  @Test
  void awaitWorkWaitsOutItsTimeoutWhenNothingHappens() throws Exception {
    queue.awaitWork(Duration.ZERO);
    long started = System.nanoTime();

    queue.awaitWork(Duration.ofMillis(300));

    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 290);
  }

  private List<DeliveryId> claimUntilNoneLeft() {
    List<DeliveryId> mine = new ArrayList<>();
    List<ClaimedDelivery> claimed;
    while (!(claimed = queue.claim(7, window.at(2), QueueWindow.LEASE)).isEmpty()) {
      mine.addAll(idsOf(claimed));
    }
    return mine;
  }

  private Delivery stored(Delivery delivery) {
    return log.findById(delivery.teamId(), delivery.id()).orElseThrow();
  }

  private static Attempt attempt(
      ClaimedDelivery claimed, int number, Instant at, Optional<Integer> status, String body) {
    return new Attempt(claimed.id(), number, at, 25, status, Optional.empty(), body);
  }

  private static Completion retryAt(ClaimedDelivery claimed, Instant next, Attempt attempt) {
    return new Completion(
        claimed,
        DeliveryStatus.PENDING,
        claimed.attemptsBefore() + 1,
        next,
        attempt.statusCode(),
        Optional.of("HTTP 500"),
        Optional.of(attempt));
  }

  private static List<DeliveryId> idsOf(List<ClaimedDelivery> claimed) {
    return claimed.stream().map(ClaimedDelivery::id).toList();
  }
}
