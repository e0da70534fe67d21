package io.hookline.adapter.persistence;

import io.hookline.application.port.out.EventRepository;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventId;
import io.hookline.domain.event.IdempotencyKey;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps events in {@code events} and appends each together with its deliveries, a JDBC batch
 * however large the fan-out, in one transaction that also takes the event's idempotency key.
 */
@Singleton
public final class JdbcEventRepository implements EventRepository {

  private final Jdbc jdbc;
  private final EventRowRepository rows;
  private final Wakeups wakeups;

  JdbcEventRepository(Jdbc jdbc, EventRowRepository rows, Wakeups wakeups) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.wakeups = wakeups;
  }

  @Override
  public Event append(Event event, List<Delivery> deliveries) {
    Optional<UUID> earlier =
        jdbc.inTransaction(
            connection -> {
              Optional<IdempotencyKey> key = event.idempotencyKey();
              Optional<UUID> holder =
                  key.isPresent()
                      ? IdempotencyKeys.take(connection, event, key.get())
                      : Optional.empty();
              if (holder.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(EventMapper.INSERT)) {
                  EventMapper.bindInsert(insert, event);
                  insert.executeUpdate();
                }
                Batches.execute(
                    connection, DeliveryMapper.INSERT, deliveries, DeliveryMapper::bindInsert);
              }
              return holder;
            });
    if (earlier.isPresent()) {
      return rows.findById(earlier.get()).map(EventMapper::toDomain).orElseThrow();
    }
    wakeups.workAdded();
    return event;
  }

  @Override
  public Optional<Event> findById(TeamId teamId, EventId id) {
    return rows.findByIdAndTeamId(id.value(), teamId.value()).map(EventMapper::toDomain);
  }

  @Override
  public Page<Event> list(TeamId teamId, Optional<EventTypeName> type, PageRequest page) {
    return new NewestFirst<>("events", EventRow.class, EventRow::id)
        .where("team_id", Optional.of(teamId.value()))
        .where("type", type.map(EventTypeName::value))
        .walking(type.isPresent() ? List.of("team_id", "type") : List.of("team_id"))
        .page(jdbc, page, EventMapper::toDomain);
  }

  @Override
  public Map<EventId, Event> findAllById(Collection<EventId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<EventId, Event> found = new HashMap<>();
    for (EventRow row : rows.findByIdIn(ids.stream().map(EventId::value).toList())) {
      Event event = EventMapper.toDomain(row);
      found.put(event.id(), event);
    }
    return found;
  }
}
