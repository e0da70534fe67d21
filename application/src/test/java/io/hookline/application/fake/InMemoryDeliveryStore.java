package io.hookline.application.fake;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.Completion;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.application.port.out.EventRepository;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventId;
import io.hookline.domain.event.IdempotencyKey;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Events, deliveries and the queue in memory, with the same contracts as the real store. */
public final class InMemoryDeliveryStore
    implements EventRepository, DeliveryRepository, DeliveryQueue {

  private final Map<EventId, Event> events = new LinkedHashMap<>();
  private final Map<DeliveryId, Delivery> deliveries = new LinkedHashMap<>();
  private final Map<DeliveryId, UUID> leases = new HashMap<>();
  private final List<Attempt> attempts = new ArrayList<>();

  @Override
  public synchronized Event append(Event event, List<Delivery> newDeliveries) {
    if (event.idempotencyKey().isPresent()) {
      IdempotencyKey key = event.idempotencyKey().orElseThrow();
      Optional<Event> earlier =
          events.values().stream()
              .filter(e -> e.teamId().equals(event.teamId()))
              .filter(e -> e.idempotencyKey().equals(Optional.of(key)))
              .filter(e -> e.createdAt().isAfter(event.createdAt().minus(IdempotencyKey.WINDOW)))
              .findFirst();
      if (earlier.isPresent()) {
        return earlier.orElseThrow();
      }
    }
    events.put(event.id(), event);
    newDeliveries.forEach(d -> deliveries.put(d.id(), d));
    notifyAll();
    return event;
  }

  @Override
  public synchronized Optional<Event> findById(TeamId teamId, EventId id) {
    return Optional.ofNullable(events.get(id)).filter(e -> e.teamId().equals(teamId));
  }

  @Override
  public synchronized Page<Event> list(
      TeamId teamId, Optional<EventTypeName> type, PageRequest page) {
    Map<String, Event> matching = new HashMap<>();
    events.values().stream()
        .filter(e -> e.teamId().equals(teamId))
        .filter(e -> type.map(t -> t.equals(e.type())).orElse(true))
        .forEach(e -> matching.put(descending(e.id().value()), e));
    return Pages.of(matching, page);
  }

  @Override
  public synchronized Map<EventId, Event> findAllById(Collection<EventId> ids) {
    Map<EventId, Event> found = new HashMap<>();
    ids.forEach(id -> Optional.ofNullable(events.get(id)).ifPresent(e -> found.put(id, e)));
    return found;
  }

  @Override
  public synchronized Page<Delivery> list(
      TeamId teamId,
      Optional<SubscriptionId> subscriptionId,
      Optional<EventId> eventId,
      Optional<DeliveryStatus> status,
      PageRequest page) {
    Map<String, Delivery> matching = new HashMap<>();
    deliveries.values().stream()
        .filter(d -> d.teamId().equals(teamId))
        .filter(d -> subscriptionId.map(s -> s.equals(d.subscriptionId())).orElse(true))
        .filter(d -> eventId.map(e -> e.equals(d.eventId())).orElse(true))
        .filter(d -> status.map(s -> s == d.status()).orElse(true))
        .forEach(d -> matching.put(descending(d.id().value()), d));
    return Pages.of(matching, page);
  }

  @Override
  public synchronized Optional<Delivery> findById(TeamId teamId, DeliveryId id) {
    return Optional.ofNullable(deliveries.get(id)).filter(d -> d.teamId().equals(teamId));
  }

  @Override
  public synchronized List<Attempt> attemptsOf(DeliveryId id) {
    return attempts.stream()
        .filter(a -> a.deliveryId().equals(id))
        .sorted(Comparator.comparingInt(Attempt::number))
        .toList();
  }

  @Override
  public synchronized Optional<Delivery> requeue(TeamId teamId, DeliveryId id, Instant now) {
    Optional<Delivery> found = findById(teamId, id);
    if (found.isEmpty() || found.orElseThrow().status() == DeliveryStatus.SENDING) {
      return Optional.empty();
    }
    Delivery due = withState(found.orElseThrow(), DeliveryStatus.PENDING, now, now);
    deliveries.put(id, due);
    notifyAll();
    return Optional.of(due);
  }

  @Override
  public synchronized int requeueFailed(
      TeamId teamId, SubscriptionId subscriptionId, Instant since, Instant now) {
    List<Delivery> failed =
        deliveries.values().stream()
            .filter(d -> d.teamId().equals(teamId) && d.subscriptionId().equals(subscriptionId))
            .filter(d -> d.status() == DeliveryStatus.FAILED && !d.createdAt().isBefore(since))
            .toList();
    failed.forEach(d -> deliveries.put(d.id(), withState(d, DeliveryStatus.PENDING, now, now)));
    notifyAll();
    return failed.size();
  }

  @Override
  public synchronized List<ClaimedDelivery> claim(int max, Instant now, Duration lease) {
    List<ClaimedDelivery> claimed = new ArrayList<>();
    List<Delivery> due =
        deliveries.values().stream()
            .filter(
                d -> d.status() == DeliveryStatus.PENDING || d.status() == DeliveryStatus.SENDING)
            .filter(d -> !d.nextAttemptAt().isAfter(now))
            .sorted(Comparator.comparing(Delivery::nextAttemptAt))
            .limit(max)
            .toList();
    for (Delivery d : due) {
      UUID token = UUID.randomUUID();
      leases.put(d.id(), token);
      deliveries.put(d.id(), withState(d, DeliveryStatus.SENDING, now.plus(lease), now));
      claimed.add(
          new ClaimedDelivery(
              d.id(), d.teamId(), d.eventId(), d.subscriptionId(), d.attempts(), token));
    }
    return claimed;
  }

  @Override
  public synchronized void complete(List<Completion> completions) {
    for (Completion c : completions) {
      c.attempt().ifPresent(attempts::add);
      DeliveryId id = c.claimed().id();
      if (!c.claimed().leaseToken().equals(leases.get(id))) {
        continue;
      }
      leases.remove(id);
      Delivery d = deliveries.get(id);
      deliveries.put(
          id,
          new Delivery(
              d.id(),
              d.teamId(),
              d.eventId(),
              d.subscriptionId(),
              c.status(),
              c.attempts(),
              c.nextAttemptAt(),
              c.lastStatusCode(),
              c.lastError(),
              d.createdAt(),
              c.nextAttemptAt()));
    }
  }

  @Override
  public synchronized void release(List<ClaimedDelivery> released) {
    for (ClaimedDelivery c : released) {
      if (c.leaseToken().equals(leases.remove(c.id()))) {
        Delivery d = deliveries.get(c.id());
        deliveries.put(c.id(), withState(d, DeliveryStatus.PENDING, Instant.now(), Instant.now()));
      }
    }
    notifyAll();
  }

  @Override
  public synchronized void awaitWork(Duration timeout) throws InterruptedException {
    TimeUnit.MILLISECONDS.timedWait(this, Math.max(1, timeout.toMillis()));
  }

  @Override
  public synchronized Depth depth(Instant now) {
    long due =
        deliveries.values().stream()
            .filter(d -> d.status() == DeliveryStatus.PENDING && !d.nextAttemptAt().isAfter(now))
            .count();
    long scheduled =
        deliveries.values().stream()
            .filter(
                d ->
                    d.status() == DeliveryStatus.SENDING
                        || (d.status() == DeliveryStatus.PENDING && d.nextAttemptAt().isAfter(now)))
            .count();
    return new Depth(due, scheduled);
  }

  /** Every delivery stored, for assertions. */
  public synchronized List<Delivery> allDeliveries() {
    return List.copyOf(deliveries.values());
  }

  private static Delivery withState(Delivery d, DeliveryStatus status, Instant next, Instant now) {
    return new Delivery(
        d.id(),
        d.teamId(),
        d.eventId(),
        d.subscriptionId(),
        status,
        d.attempts(),
        next,
        d.lastStatusCode(),
        d.lastError(),
        d.createdAt(),
        now);
  }

  /** Keys that sort newest id first, for the newest-first listings. */
  private static String descending(UUID id) {
    return new UUID(~id.getMostSignificantBits(), ~id.getLeastSignificantBits()).toString();
  }
}
