package io.hookline.adapter.persistence;

import io.hookline.application.port.out.EventTypeRepository;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the event catalog in the {@code event_types} table, keyed by name. */
@Singleton
public final class JdbcEventTypeRepository implements EventTypeRepository {

  private final EventTypeRowRepository rows;

  JdbcEventTypeRepository(EventTypeRowRepository rows) {
    this.rows = rows;
  }

  @Override
  public void add(EventType type) {
    UniqueKeys.insert(
        () -> rows.save(EventTypeMapper.toRow(type)),
        () ->
            new ConflictException(
                "event type", "an event type named '" + type.name() + "' already exists"));
  }

  @Override
  public void update(EventType type) {
    rows.update(EventTypeMapper.toRow(type));
  }

  @Override
  public Optional<EventType> findByName(EventTypeName name) {
    return rows.findById(name.value()).map(EventTypeMapper::toDomain);
  }

  /**
   * Sorted here rather than by SQL, so the order is {@link EventTypeName}'s (by code point) and not
   * whatever collation the PostgreSQL database was created with; the catalog is small.
   */
  @Override
  public List<EventType> listAll() {
    return rows.findAll().stream()
        .map(EventTypeMapper::toDomain)
        .sorted(Comparator.comparing(EventType::name))
        .toList();
  }
}
