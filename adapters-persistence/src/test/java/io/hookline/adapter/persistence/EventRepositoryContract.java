package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.application.port.out.EventRepository;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventId;
import io.hookline.domain.event.IdempotencyKey;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventRepository} must do, run against each database. */
abstract class EventRepositoryContract extends DatabaseSuite {

  private EventRepository events;
  private DeliveryRepository deliveries;
  private Publisher publisher;
  private SubscriptionId subscription;

  @BeforeEach
  void startWithAFreshTeam() {
    events = bean(EventRepository.class);
    deliveries = bean(DeliveryRepository.class);
    publisher = new Publisher(beans());
    subscription = publisher.subscription();
  }

  @Test
  void anAppendedEventReadsBackWithEveryFieldAndItsDeliveriesArePending() {
    Event event = publisher.event("order.created", key("k-1"), 2, Fixtures.NOW);
    List<Delivery> made =
        publisher.deliveriesOf(event, List.of(subscription, publisher.subscription()));

    Event stored = events.append(event, made);

    assertEquals(EventSnapshot.of(event), EventSnapshot.of(stored));
    assertEquals(
        Optional.of(EventSnapshot.of(event)),
        events.findById(publisher.team, event.id()).map(EventSnapshot::of));
    List<Delivery> logged = deliveriesOf(event.id());
    assertEquals(
        List.of(made.get(1).id(), made.get(0).id()), logged.stream().map(Delivery::id).toList());
    for (Delivery delivery : logged) {
      assertEquals(DeliveryStatus.PENDING, delivery.status());
      assertEquals(Timestamps.stored(Fixtures.NOW), delivery.nextAttemptAt());
    }
  }

  @Test
  void anEventWhoseDeliveriesCannotBeStoredIsNotStoredEither() {
    Event event = publisher.event("order.created", key("k-atomic"), 2, Publisher.FUTURE);
    Delivery delivery = publisher.deliveriesOf(event, List.of(subscription)).getFirst();

    assertThrows(RuntimeException.class, () -> events.append(event, List.of(delivery, delivery)));

    assertEquals(Optional.empty(), events.findById(publisher.team, event.id()));
    assertEquals(List.of(), deliveriesOf(event.id()));
    Event retried = publisher.event("order.created", key("k-atomic"), 1, Publisher.FUTURE);
    assertEquals(retried.id(), events.append(retried, List.of()).id());
  }

  @Test
  void theSameKeyWithinTheWindowReturnsTheFirstEventAndStoresNothingNew() {
    Event first = publisher.event("order.created", key("k-2"), 1, Publisher.FUTURE);
    events.append(first, publisher.deliveriesOf(first, List.of(subscription)));
    Event replay =
        publisher.event(
            "order.created", key("k-2"), 1, Publisher.FUTURE.plus(Duration.ofHours(23)));

    Event returned = events.append(replay, publisher.deliveriesOf(replay, List.of(subscription)));

    assertEquals(EventSnapshot.of(first), EventSnapshot.of(returned));
    assertEquals(Optional.empty(), events.findById(publisher.team, replay.id()));
    assertEquals(List.of(), deliveriesOf(replay.id()));
    assertEquals(1, deliveriesOf(first.id()).size());
  }

  @Test
  void aKeyFirstUsedAWindowAgoOrEarlierStoresANewEvent() {
    Event first = publisher.event("order.created", key("k-3"), 0, Publisher.FUTURE);
    events.append(first, List.of());
    Event later =
        publisher.event(
            "order.created", key("k-3"), 1, Publisher.FUTURE.plus(IdempotencyKey.WINDOW));
    Event replayOfLater =
        publisher.event("order.created", key("k-3"), 0, later.createdAt().plusSeconds(1));

    assertEquals(
        later.id(),
        events.append(later, publisher.deliveriesOf(later, List.of(subscription))).id());
    assertEquals(later.id(), events.append(replayOfLater, List.of()).id());
    assertEquals(1, deliveriesOf(later.id()).size());
    assertEquals(Optional.empty(), events.findById(publisher.team, replayOfLater.id()));
  }

  @Test
  void keysBelongToTheirTeam() {
    Publisher otherTeam = new Publisher(beans());
    Event ours = publisher.event("order.created", key("shared"), 0, Publisher.FUTURE);
    Event theirs = otherTeam.event("order.created", key("shared"), 0, Publisher.FUTURE);

    events.append(ours, List.of());

    assertEquals(theirs.id(), events.append(theirs, List.of()).id());
  }

  @Test
  void concurrentAppendsWithOneKeyStoreExactlyOneEventAndAllReturnIt() throws Exception {
    List<Event> racing =
        IntStream.range(0, 8)
            .mapToObj(i -> publisher.event("order.created", key("k-race"), 1, Publisher.FUTURE))
            .toList();

    List<Callable<EventId>> appends = new ArrayList<>();
    for (Event event : racing) {
      appends.add(
          () -> events.append(event, publisher.deliveriesOf(event, List.of(subscription))).id());
    }

    List<EventId> returned = Concurrently.run(appends);

    List<Event> stored =
        events.list(publisher.team, Optional.empty(), PageRequest.first(50)).items();
    assertEquals(1, stored.size());
    assertEquals(List.of(stored.getFirst().id()), returned.stream().distinct().toList());
    assertEquals(1, deliveriesOf(stored.getFirst().id()).size());
  }

  @Test
  void aFanOutToTenThousandSubscriptionsIsStoredInOneAppend() {
    List<SubscriptionId> many =
        IntStream.range(0, 10_000)
            .mapToObj(i -> new SubscriptionId(bean(IdGenerator.class).next()))
            .toList();
    Event event = publisher.event("order.created", Optional.empty(), many.size(), Publisher.FUTURE);

    events.append(event, publisher.deliveriesOf(event, many));

    Page<Delivery> page =
        deliveries.list(
            publisher.team,
            Optional.empty(),
            Optional.of(event.id()),
            Optional.empty(),
            PageRequest.first(PageRequest.MAX_LIMIT));
    assertEquals(PageRequest.MAX_LIMIT, page.items().size());
    assertEquals(10_000, events.findById(publisher.team, event.id()).orElseThrow().fanout());
  }

  @Test
  void eventsAreListedNewestFirstInPagesThatNeitherOverlapNorSkip() {
    List<EventId> appended = appendEvents("order.created", 5);

    Page<Event> first = events.list(publisher.team, Optional.empty(), PageRequest.first(2));
    Page<Event> second =
        events.list(publisher.team, Optional.empty(), new PageRequest(2, first.nextCursor()));
    Page<Event> last =
        events.list(publisher.team, Optional.empty(), new PageRequest(2, second.nextCursor()));

    assertEquals(List.of(appended.get(4), appended.get(3)), idsOf(first));
    assertEquals(List.of(appended.get(2), appended.get(1)), idsOf(second));
    assertEquals(List.of(appended.get(0)), idsOf(last));
    assertEquals(Optional.empty(), last.nextCursor());
  }

  @Test
  void theListCanBeNarrowedToOneTypeAndStillPages() {
    List<EventId> shipped = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      appendEvents("order.created", 1);
      shipped.addAll(appendEvents("order.shipped", 1));
    }
    Optional<EventTypeName> type = Optional.of(new EventTypeName("order.shipped"));

    Page<Event> first = events.list(publisher.team, type, PageRequest.first(2));
    Page<Event> second = events.list(publisher.team, type, new PageRequest(2, first.nextCursor()));

    assertEquals(List.of(shipped.get(2), shipped.get(1)), idsOf(first));
    assertEquals(List.of(shipped.get(0)), idsOf(second));
    assertEquals(Optional.empty(), second.nextCursor());
  }

  @Test
  void anotherTeamsEventsAreNeitherFoundNorListed() {
    Publisher other = new Publisher(beans());
    Event event = other.event("order.created", Optional.empty(), 0, Publisher.FUTURE);
    events.append(event, List.of());

    assertEquals(Optional.empty(), events.findById(publisher.team, event.id()));
    assertEquals(
        List.of(), events.list(publisher.team, Optional.empty(), PageRequest.first(10)).items());
  }

  @Test
  void eventsAreFoundByIdWhateverTheirTeamAndUnknownIdsAreLeftOut() {
    EventId ours = appendEvents("order.created", 1).getFirst();
    Publisher other = new Publisher(beans());
    Event theirs = other.event("order.created", Optional.empty(), 0, Publisher.FUTURE);
    events.append(theirs, List.of());
    EventId unknown = new EventId(bean(IdGenerator.class).next());

    Map<EventId, Event> found = events.findAllById(List.of(ours, theirs.id(), unknown));

    assertEquals(java.util.Set.of(ours, theirs.id()), found.keySet());
    assertEquals(other.team, found.get(theirs.id()).teamId());
    assertEquals(Map.of(), events.findAllById(List.of()));
  }

  private List<EventId> appendEvents(String type, int count) {
    List<EventId> appended = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Event event = publisher.event(type, Optional.empty(), 0, Publisher.FUTURE);
      events.append(event, List.of());
      appended.add(event.id());
    }
    return appended;
  }

  private List<Delivery> deliveriesOf(EventId event) {
    return deliveries
        .list(
            publisher.team,
            Optional.empty(),
            Optional.of(event),
            Optional.empty(),
            PageRequest.first(PageRequest.MAX_LIMIT))
        .items();
  }

  private static Optional<IdempotencyKey> key(String value) {
    return Optional.of(new IdempotencyKey(value));
  }

  private static List<EventId> idsOf(Page<Event> page) {
    return page.items().stream().map(Event::id).toList();
  }
}
