package io.hookline.adapter.persistence;

import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.EventId;
import io.hookline.domain.event.IdempotencyKey;
import io.hookline.domain.event.ObjectRef;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/** Writes events into {@code events} and reads them back from its rows. */
final class EventMapper {

  static final String INSERT =
      "INSERT INTO events (id, team_id, type, data, object_type, object_id, idempotency_key,"
          + " fanout, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private EventMapper() {}

  /** Binds the event to the parameters of {@link #INSERT}. */
  static void bindInsert(PreparedStatement insert, Event event) throws SQLException {
    insert.setObject(1, event.id().value());
    insert.setObject(2, event.teamId().value());
    insert.setString(3, event.type().value());
    insert.setString(4, event.data().json());
    insert.setString(5, event.object().map(ObjectRef::type).orElse(null));
    insert.setString(6, event.object().map(ObjectRef::id).orElse(null));
    insert.setString(7, event.idempotencyKey().map(IdempotencyKey::value).orElse(null));
    insert.setInt(8, event.fanout());
    insert.setObject(9, Timestamps.toColumn(event.createdAt()));
  }

  static Event toDomain(EventRow row) {
    Optional<ObjectRef> object =
        row.objectType() == null
            ? Optional.empty()
            : Optional.of(new ObjectRef(row.objectType(), row.objectId()));
    return Event.reconstitute(
        new EventId(row.id()),
        new TeamId(row.teamId()),
        new EventTypeName(row.type()),
        new EventData(row.data()),
        object,
        Optional.ofNullable(row.idempotencyKey()).map(IdempotencyKey::new),
        row.fanout(),
        Timestamps.fromColumn(row.createdAt()));
  }
}
