package io.hookline.adapter.persistence;

import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps subscriptions in the {@code subscriptions} table; deleted ones keep their row but are never
 * found, and each team only ever sees its own.
 */
@Singleton
public final class JdbcSubscriptionRepository implements SubscriptionRepository {

  private final SubscriptionRowRepository rows;

  JdbcSubscriptionRepository(SubscriptionRowRepository rows) {
    this.rows = rows;
  }

  @Override
  public void add(Subscription subscription) {
    rows.save(SubscriptionMapper.toRow(subscription));
  }

  @Override
  public void update(Subscription subscription) {
    rows.update(SubscriptionMapper.toRow(subscription));
  }

  @Override
  public Optional<Subscription> findById(TeamId teamId, SubscriptionId id) {
    return rows.findByIdAndTeamIdAndDeletedAtIsNull(id.value(), teamId.value())
        .map(SubscriptionMapper::toDomain);
  }

  @Override
  public Page<Subscription> list(TeamId teamId, PageRequest page) {
    Optional<UUID> after = KeysetPages.after(page);
    Pageable fetch = KeysetPages.fetch(page);
    List<SubscriptionRow> found =
        after.isPresent()
            ? rows.findByTeamIdAndDeletedAtIsNullAndIdGreaterThanOrderById(
                teamId.value(), after.get(), fetch)
            : rows.findByTeamIdAndDeletedAtIsNullOrderById(teamId.value(), fetch);
    return KeysetPages.page(found, page, SubscriptionRow::id, SubscriptionMapper::toDomain);
  }

  @Override
  public List<Subscription> listAll(TeamId teamId) {
    return rows.findByTeamIdAndDeletedAtIsNullOrderById(teamId.value()).stream()
        .map(SubscriptionMapper::toDomain)
        .toList();
  }

  @Override
  public Map<SubscriptionId, Subscription> findAllById(Collection<SubscriptionId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<SubscriptionId, Subscription> found = new HashMap<>();
    for (SubscriptionRow row : rows.findByIdIn(uuids(ids))) {
      Subscription subscription = SubscriptionMapper.toDomain(row);
      found.put(subscription.id(), subscription);
    }
    return found;
  }

  @Override
  public void markFailing(Collection<SubscriptionId> ids, Instant since) {
    if (!ids.isEmpty()) {
      rows.markFailing(uuids(ids), Timestamps.toColumn(since));
    }
  }

  @Override
  public void markHealthy(Collection<SubscriptionId> ids) {
    if (!ids.isEmpty()) {
      rows.markHealthy(uuids(ids));
    }
  }

  private static List<UUID> uuids(Collection<SubscriptionId> ids) {
    return ids.stream().map(SubscriptionId::value).toList();
  }
}
