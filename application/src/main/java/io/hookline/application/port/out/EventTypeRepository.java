package io.hookline.application.port.out;

import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.List;
import java.util.Optional;

/** Where the event catalog is kept. */
public interface EventTypeRepository {

  /**
   * Stores a new catalog entry.
   *
   * @throws io.hookline.domain.common.ConflictException if the name is taken
   */
  void add(EventType type);

  /** Stores a changed entry (for example its archival). */
  void update(EventType type);

  Optional<EventType> findByName(EventTypeName name);

  /** The whole catalog ordered by name. */
  List<EventType> listAll();
}
