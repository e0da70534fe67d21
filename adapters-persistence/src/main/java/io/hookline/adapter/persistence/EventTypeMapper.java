package io.hookline.adapter.persistence;

import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;

/** Converts event types to rows of {@code event_types} and back. */
final class EventTypeMapper {

  private EventTypeMapper() {}

  static EventTypeRow toRow(EventType type) {
    return new EventTypeRow(
        type.name().value(),
        type.description(),
        type.archived(),
        Timestamps.toColumn(type.createdAt()));
  }

  static EventType toDomain(EventTypeRow row) {
    return EventType.reconstitute(
        new EventTypeName(row.name()),
        row.description(),
        row.archived(),
        Timestamps.fromColumn(row.createdAt()));
  }
}
