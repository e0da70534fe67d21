package io.hookline.adapter.persistence;

import io.hookline.domain.event.Event;
import io.hookline.domain.event.IdempotencyKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a team's idempotency key for a new event inside its append transaction. The key's row in
 * {@code idempotency_keys} names the event that holds it; a second transaction inserting the same
 * key waits for the first to end on the primary key, so of two racing publishes one stores its
 * event and the other finds it.
 */
final class IdempotencyKeys {

  private static final String TAKE =
      "INSERT INTO idempotency_keys (team_id, idempotency_key, event_id, created_at)"
          + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final String HOLDER =
      "SELECT event_id, created_at FROM idempotency_keys"
          + " WHERE team_id = ? AND idempotency_key = ?";
  private static final String TAKE_OVER =
      "UPDATE idempotency_keys SET event_id = ?, created_at = ?"
          + " WHERE team_id = ? AND idempotency_key = ? AND event_id = ?";

  private IdempotencyKeys() {}

  /**
   * Takes the key for the event and returns empty, or returns the id of the event that holds it if
   * that one was created within {@link IdempotencyKey#WINDOW} before this one. A key held longer is
   * taken over.
   */
  static Optional<UUID> take(Connection connection, Event event, IdempotencyKey key)
      throws SQLException {
    Instant windowStart = Timestamps.stored(event.createdAt()).minus(IdempotencyKey.WINDOW);
    while (!insert(connection, event, key)) {
      Optional<Holder> holder = holder(connection, event, key);
      if (holder.isEmpty()) {
        continue;
      }
      if (holder.get().createdAt().isAfter(windowStart)) {
        return Optional.of(holder.get().eventId());
      }
      if (takeOver(connection, event, key, holder.get().eventId())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The event holding a key and when it took it. */
  private record Holder(UUID eventId, Instant createdAt) {}

  private static boolean insert(Connection connection, Event event, IdempotencyKey key)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(TAKE)) {
      insert.setObject(1, event.teamId().value());
      insert.setString(2, key.value());
      insert.setObject(3, event.id().value());
      insert.setObject(4, Timestamps.toColumn(event.createdAt()));
      return insert.executeUpdate() == 1;
    }
  }

  private static Optional<Holder> holder(Connection connection, Event event, IdempotencyKey key)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(HOLDER)) {
      select.setObject(1, event.teamId().value());
      select.setString(2, key.value());
      try (ResultSet found = select.executeQuery()) {
        return found.next()
            ? Optional.of(
                new Holder(
                    found.getObject(1, UUID.class),
                    found.getObject(2, OffsetDateTime.class).toInstant()))
            : Optional.empty();
      }
    }
  }

  private static boolean takeOver(
      Connection connection, Event event, IdempotencyKey key, UUID previousHolder)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(TAKE_OVER)) {
      update.setObject(1, event.id().value());
      update.setObject(2, Timestamps.toColumn(event.createdAt()));
      update.setObject(3, event.teamId().value());
      update.setString(4, key.value());
      update.setObject(5, previousHolder);
      return update.executeUpdate() == 1;
    }
  }
}
