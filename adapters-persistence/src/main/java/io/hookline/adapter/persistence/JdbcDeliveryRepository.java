package io.hookline.adapter.persistence;

import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The delivery log on {@code deliveries} and {@code attempts}: newest-first listings, and queuing
 * deliveries again by hand, which wakes the dispatchers.
 */
@Singleton
public final class JdbcDeliveryRepository implements DeliveryRepository {

  private static final Sort OLDEST_FIRST = Sort.of(Sort.Order.asc("number"), Sort.Order.asc("id"));

  /** Due now, attempts kept; a delivery on a lease that has not expired is left alone. */
  private static final String REQUEUE =
      "UPDATE deliveries SET status = 'pending', next_attempt_at = ?, due_at = ?,"
          + " lease_token = NULL, updated_at = ?"
          + " WHERE id = ? AND team_id = ? AND (status <> 'sending' OR due_at <= ?)";

  private static final String REQUEUE_FAILED =
      "UPDATE deliveries SET status = 'pending', next_attempt_at = ?, due_at = ?, updated_at = ?"
          + " WHERE subscription_id = ? AND team_id = ? AND status = 'failed' AND created_at >= ?";

  private final Jdbc jdbc;
  private final DeliveryRowRepository rows;
  private final AttemptRowRepository attempts;
  private final Wakeups wakeups;

  JdbcDeliveryRepository(
      Jdbc jdbc, DeliveryRowRepository rows, AttemptRowRepository attempts, Wakeups wakeups) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.attempts = attempts;
    this.wakeups = wakeups;
  }

  @Override
  public Page<Delivery> list(
      TeamId teamId,
      Optional<SubscriptionId> subscriptionId,
      Optional<EventId> eventId,
      Optional<DeliveryStatus> status,
      PageRequest page) {
    String index =
        eventId.isPresent()
            ? "event_id"
            : subscriptionId.isPresent() ? "subscription_id" : "team_id";
    return new NewestFirst<>("deliveries", DeliveryRow.class, DeliveryRow::id)
        .where("team_id", Optional.of(teamId.value()))
        .where("subscription_id", subscriptionId.map(SubscriptionId::value))
        .where("event_id", eventId.map(EventId::value))
        .where("status", status.map(DeliveryStatus::wireName))
        .walking(List.of(index))
        .page(jdbc, page, DeliveryMapper::toDomain);
  }

  @Override
  public Optional<Delivery> findById(TeamId teamId, DeliveryId id) {
    return rows.findByIdAndTeamId(id.value(), teamId.value()).map(DeliveryMapper::toDomain);
  }

  @Override
  public List<Attempt> attemptsOf(DeliveryId id) {
    return attempts.findByDeliveryId(id.value(), OLDEST_FIRST).stream()
        .map(AttemptMapper::toDomain)
        .toList();
  }

  @Override
  public Optional<Delivery> requeue(TeamId teamId, DeliveryId id, Instant now) {
    int requeued =
        jdbc.inTransaction(
            connection -> {
              try (PreparedStatement update = connection.prepareStatement(REQUEUE)) {
                update.setObject(1, Timestamps.toColumn(now));
                update.setObject(2, Timestamps.toColumn(now));
                update.setObject(3, Timestamps.toColumn(now));
                update.setObject(4, id.value());
                update.setObject(5, teamId.value());
                update.setObject(6, Timestamps.toColumn(now));
                return update.executeUpdate();
              }
            });
    if (requeued == 0) {
      return Optional.empty();
    }
    wakeups.workAdded();
    return findById(teamId, id);
  }

  @Override
  public int requeueFailed(
      TeamId teamId, SubscriptionId subscriptionId, Instant since, Instant now) {
    int requeued =
        jdbc.inTransaction(
            connection -> {
              try (PreparedStatement update = connection.prepareStatement(REQUEUE_FAILED)) {
                update.setObject(1, Timestamps.toColumn(now));
                update.setObject(2, Timestamps.toColumn(now));
                update.setObject(3, Timestamps.toColumn(now));
                update.setObject(4, subscriptionId.value());
                update.setObject(5, teamId.value());
                update.setObject(6, Timestamps.toColumn(since));
                return update.executeUpdate();
              }
            });
    if (requeued > 0) {
      wakeups.workAdded();
    }
    return requeued;
  }
}
