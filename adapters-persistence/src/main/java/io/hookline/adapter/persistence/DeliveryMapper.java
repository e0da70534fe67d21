package io.hookline.adapter.persistence;

import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * Writes new deliveries into {@code deliveries} and reads deliveries back from its rows; a pending
 * delivery is due at its next attempt, a finished one is not due at all.
 */
final class DeliveryMapper {

  static final String INSERT =
      "INSERT INTO deliveries (id, team_id, event_id, subscription_id, status, attempts,"
          + " next_attempt_at, due_at, last_status_code, last_error, created_at, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private DeliveryMapper() {}

  /** Binds a delivery that nobody holds a lease on to the parameters of {@link #INSERT}. */
  static void bindInsert(PreparedStatement insert, Delivery delivery) throws SQLException {
    if (delivery.status() == DeliveryStatus.SENDING) {
      throw new IllegalArgumentException("a new delivery cannot be leased already");
    }
    insert.setObject(1, delivery.id().value());
    insert.setObject(2, delivery.teamId().value());
    insert.setObject(3, delivery.eventId().value());
    insert.setObject(4, delivery.subscriptionId().value());
    insert.setString(5, delivery.status().wireName());
    insert.setInt(6, delivery.attempts());
    insert.setObject(7, Timestamps.toColumn(delivery.nextAttemptAt()));
    insert.setObject(
        8,
        delivery.status() == DeliveryStatus.PENDING
            ? Timestamps.toColumn(delivery.nextAttemptAt())
            : null,
        Types.TIMESTAMP_WITH_TIMEZONE);
    insert.setObject(9, delivery.lastStatusCode().orElse(null), Types.INTEGER);
    insert.setString(10, StoredText.of(delivery.lastError().orElse(null)));
    insert.setObject(11, Timestamps.toColumn(delivery.createdAt()));
    insert.setObject(12, Timestamps.toColumn(delivery.updatedAt()));
  }

  static Delivery toDomain(DeliveryRow row) {
    return new Delivery(
        new DeliveryId(row.id()),
        new TeamId(row.teamId()),
        new EventId(row.eventId()),
        new SubscriptionId(row.subscriptionId()),
        DeliveryStatus.parse(row.status()),
        row.attempts(),
        Timestamps.fromColumn(row.nextAttemptAt()),
        Optional.ofNullable(row.lastStatusCode()),
        Optional.ofNullable(row.lastError()),
        Timestamps.fromColumn(row.createdAt()),
        Timestamps.fromColumn(row.updatedAt()));
  }
}
