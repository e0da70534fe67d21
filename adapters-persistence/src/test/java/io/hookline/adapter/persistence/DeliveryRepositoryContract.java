package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.Completion;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryRepository} must do, run against each database; deliveries are put in
 * the states a test needs through the {@link DeliveryQueue}, within the test's {@link QueueWindow}.
 */
abstract class DeliveryRepositoryContract extends DatabaseSuite {

  private DeliveryRepository log;
  private DeliveryQueue queue;
  private Publisher publisher;
  private SubscriptionId subscription;
  private QueueWindow window;

  @BeforeEach
  void startWithAFreshTeamAndWindow() {
    log = bean(DeliveryRepository.class);
    queue = bean(DeliveryQueue.class);
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
  void aDeliveryReadsBackAsAppended() {
    Delivery delivery = publisher.publishOne(Publisher.FUTURE, subscription);

    assertEquals(Optional.of(delivery), log.findById(publisher.team, delivery.id()));
  }

  @Test
  void anotherTeamsDeliveryIsNeitherFoundNorListed() {
    Publisher other = new Publisher(beans());
    Delivery theirs = other.publishOne(Publisher.FUTURE, other.subscription());

    assertEquals(Optional.empty(), log.findById(publisher.team, theirs.id()));
    assertEquals(List.of(), list(Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void theLogListsNewestFirstInPagesThatNeitherOverlapNorSkip() {
    List<Delivery> made = publisher.publish(Publisher.FUTURE, subscription, subscription);
    made =
        concat(made, publisher.publish(Publisher.FUTURE, subscription, subscription, subscription));

    Page<Delivery> first = page(PageRequest.first(3));
    Page<Delivery> last = page(new PageRequest(3, first.nextCursor()));

    assertEquals(List.of(made.get(4), made.get(3), made.get(2)), first.items());
    assertEquals(List.of(made.get(1), made.get(0)), last.items());
    assertEquals(Optional.empty(), last.nextCursor());
  }

  @Test
  void theLogIsNarrowedBySubscriptionEventAndStatusTogether() {
    SubscriptionId other = publisher.subscription();
    List<Delivery> early = publisher.publish(window.at(0), subscription, other);
    List<Delivery> late = publisher.publish(Publisher.FUTURE, subscription, other);
    queue.claim(10, window.at(1), QueueWindow.LEASE);
    EventId lateEvent = late.getFirst().eventId();

    assertEquals(
        ids(late.get(1), early.get(1)),
        ids(list(Optional.of(other), Optional.empty(), Optional.empty())));
    assertEquals(
        ids(late.get(1), late.get(0)),
        ids(list(Optional.empty(), Optional.of(lateEvent), Optional.empty())));
    assertEquals(
        ids(early.get(1), early.get(0)),
        ids(list(Optional.empty(), Optional.empty(), Optional.of(DeliveryStatus.SENDING))));
    assertEquals(
        ids(late.get(0)),
        ids(
            list(
                Optional.of(subscription),
                Optional.of(lateEvent),
                Optional.of(DeliveryStatus.PENDING))));
    assertEquals(
        List.of(),
        list(
            Optional.of(subscription),
            Optional.of(lateEvent),
            Optional.of(DeliveryStatus.SENDING)));
  }

  @Test
  void aMalformedCursorIsRejectedAsInvalidInput() {
    assertThrows(InvalidInputException.class, () -> page(new PageRequest(10, Optional.of("x"))));
  }

  @Test
  void attemptsAreListedOldestFirstWithEverythingTheyRecorded() {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    ClaimedDelivery firstClaim = queue.claim(1, window.at(1), QueueWindow.LEASE).getFirst();
    Attempt first =
        new Attempt(
            delivery.id(), 1, window.at(1), 15_000, Optional.empty(), Optional.of("timed out"), "");
    queue.complete(List.of(outcome(firstClaim, DeliveryStatus.PENDING, window.at(60), first)));
    ClaimedDelivery secondClaim = queue.claim(1, window.at(60), QueueWindow.LEASE).getFirst();
    Attempt second =
        new Attempt(delivery.id(), 2, window.at(60), 7, Optional.of(204), Optional.empty(), "ok ✓");
    queue.complete(List.of(outcome(secondClaim, DeliveryStatus.SUCCEEDED, window.at(60), second)));

    assertEquals(List.of(first, second), log.attemptsOf(delivery.id()));
    assertEquals(
        List.of(), log.attemptsOf(publisher.publishOne(Publisher.FUTURE, subscription).id()));
  }

  @Test
  void aFailedDeliveryIsQueuedAgainDueNowWithItsAttemptsKept() {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    fail(queue.claim(1, window.at(1), QueueWindow.LEASE), 3);
    Instant now = window.at(7200);

    Delivery requeued = log.requeue(publisher.team, delivery.id(), now).orElseThrow();

    assertEquals(DeliveryStatus.PENDING, requeued.status());
    assertEquals(3, requeued.attempts());
    assertEquals(now, requeued.nextAttemptAt());
    assertEquals(Optional.of(requeued), log.findById(publisher.team, delivery.id()));
    ClaimedDelivery claimed = queue.claim(10, now, QueueWindow.LEASE).getFirst();
    assertEquals(delivery.id(), claimed.id());
    assertEquals(3, claimed.attemptsBefore());
  }

  @Test
  void aDeliveryBeingSentIsNotQueuedAgainUntilItsLeaseExpires() {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    queue.claim(1, window.at(1), QueueWindow.LEASE);

    Optional<Delivery> whileSending = log.requeue(publisher.team, delivery.id(), window.at(30));
    Optional<Delivery> afterExpiry = log.requeue(publisher.team, delivery.id(), window.at(61));

    assertEquals(Optional.empty(), whileSending);
    assertEquals(DeliveryStatus.PENDING, afterExpiry.orElseThrow().status());
  }

  @Test
  void anotherTeamsDeliveryIsNotQueuedAgain() {
    Publisher other = new Publisher(beans());
    Delivery theirs = other.publishOne(window.at(0), other.subscription());
    fail(queue.claim(1, window.at(1), QueueWindow.LEASE), 1);

    assertEquals(Optional.empty(), log.requeue(publisher.team, theirs.id(), window.at(2)));
    assertEquals(DeliveryStatus.FAILED, other.statusOf(theirs, log));
  }

  @Test
  void recoveringQueuesOnlyTheSubscriptionsFailedDeliveriesCreatedSinceThen() {
    SubscriptionId other = publisher.subscription();
    Delivery before = publisher.publishOne(window.at(0), subscription);
    Instant since = window.at(3600);
    List<Delivery> after =
        publisher.publish(since, subscription, subscription, subscription, other);
    Map<DeliveryId, ClaimedDelivery> claimed = claimAll(window.at(3601));
    fail(
        List.of(
            claimed.get(before.id()),
            claimed.get(after.get(0).id()),
            claimed.get(after.get(3).id())),
        2);
    queue.complete(List.of(QueueWindow.succeeded(claimed.get(after.get(1).id()), window.at(3601))));
    queue.release(List.of(claimed.get(after.get(2).id())));
    Instant now = window.at(7200);

    int requeued = log.requeueFailed(publisher.team, subscription, since, now);

    assertEquals(1, requeued);
    assertEquals(DeliveryStatus.PENDING, publisher.statusOf(after.get(0), log));
    assertEquals(
        now, log.findById(publisher.team, after.get(0).id()).orElseThrow().nextAttemptAt());
    assertEquals(2, log.findById(publisher.team, after.get(0).id()).orElseThrow().attempts());
    assertEquals(DeliveryStatus.FAILED, publisher.statusOf(before, log));
    assertEquals(DeliveryStatus.SUCCEEDED, publisher.statusOf(after.get(1), log));
    assertEquals(DeliveryStatus.FAILED, publisher.statusOf(after.get(3), log));
    assertEquals(0, log.requeueFailed(publisher.team, subscription, since, now));
  }

  @Test
  void queuingAgainWakesAWaitingDispatcher() throws Exception {
    Delivery delivery = publisher.publishOne(window.at(0), subscription);
    fail(queue.claim(1, window.at(1), QueueWindow.LEASE), 1);

    Duration woken =
        Wake.timeToWake(queue, () -> log.requeue(publisher.team, delivery.id(), window.at(2)));

    assertTrue(woken.compareTo(Wake.PROMPTLY) < 0, "woken after " + woken);
  }

  private void fail(List<ClaimedDelivery> claimed, int attempts) {
    queue.complete(
        claimed.stream()
            .map(
                c ->
                    new Completion(
                        c,
                        DeliveryStatus.FAILED,
                        attempts,
                        window.at(1),
                        Optional.of(500),
                        Optional.of("HTTP 500"),
                        Optional.empty()))
            .toList());
  }

  private Map<DeliveryId, ClaimedDelivery> claimAll(Instant now) {
    return queue.claim(100, now, QueueWindow.LEASE).stream()
        .collect(Collectors.toMap(ClaimedDelivery::id, Function.identity()));
  }

  private static Completion outcome(
      ClaimedDelivery claimed, DeliveryStatus status, Instant next, Attempt attempt) {
    return new Completion(
        claimed,
        status,
        attempt.number(),
        next,
        attempt.statusCode(),
        attempt.error(),
        Optional.of(attempt));
  }

  private Page<Delivery> page(PageRequest request) {
    return log.list(publisher.team, Optional.empty(), Optional.empty(), Optional.empty(), request);
  }

  private List<Delivery> list(
      Optional<SubscriptionId> subscriptionId,
      Optional<EventId> eventId,
      Optional<DeliveryStatus> status) {
    return log.list(publisher.team, subscriptionId, eventId, status, PageRequest.first(50)).items();
  }

  private static List<DeliveryId> ids(Delivery... deliveries) {
    return ids(List.of(deliveries));
  }

  private static List<DeliveryId> ids(List<Delivery> deliveries) {
    return deliveries.stream().map(Delivery::id).toList();
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
