package io.hookline.application.fake;

import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Subscription repository fake for service and REST tests; keeps deleted ones like the real. */
public final class InMemorySubscriptionRepository implements SubscriptionRepository {

  private final Map<String, Subscription> subscriptions = new ConcurrentSkipListMap<>();

  @Override
  public void add(Subscription subscription) {
    subscriptions.put(subscription.id().toString(), subscription);
  }

  @Override
  public void update(Subscription subscription) {
    subscriptions.put(subscription.id().toString(), subscription);
  }

  @Override
  public Optional<Subscription> findById(TeamId teamId, SubscriptionId id) {
    return Optional.ofNullable(subscriptions.get(id.toString()))
        .filter(s -> s.teamId().equals(teamId) && !s.isDeleted());
  }

  @Override
  public Page<Subscription> list(TeamId teamId, PageRequest page) {
    Map<String, Subscription> visible = new LinkedHashMap<>();
    subscriptions.forEach(
        (id, s) -> {
          if (s.teamId().equals(teamId) && !s.isDeleted()) {
            visible.put(id, s);
          }
        });
    return Pages.of(visible, page);
  }

  @Override
  public List<Subscription> listAll(TeamId teamId) {
    return subscriptions.values().stream()
        .filter(s -> s.teamId().equals(teamId) && !s.isDeleted())
        .toList();
  }

  @Override
  public Map<SubscriptionId, Subscription> findAllById(Collection<SubscriptionId> ids) {
    Map<SubscriptionId, Subscription> found = new LinkedHashMap<>();
    for (SubscriptionId id : ids) {
      stored(id).ifPresent(s -> found.put(id, s));
    }
    return found;
  }

  @Override
  public void markFailing(Collection<SubscriptionId> ids, Instant since) {
    ids.forEach(
        id -> subscriptions.computeIfPresent(id.toString(), (k, s) -> s.recordFailure(since)));
  }

  @Override
  public void markHealthy(Collection<SubscriptionId> ids) {
    ids.forEach(id -> subscriptions.computeIfPresent(id.toString(), (k, s) -> s.recordSuccess()));
  }

  /** Whatever is stored under the id, deleted or not, for assertions on soft deletion. */
  public Optional<Subscription> stored(SubscriptionId id) {
    return Optional.ofNullable(subscriptions.get(id.toString()));
  }
}
