package io.hookline.application.fake;

import io.hookline.application.port.out.EventTypeRepository;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Event catalog fake for service and REST tests. */
public final class InMemoryEventTypeRepository implements EventTypeRepository {

  private final Map<EventTypeName, EventType> types = new ConcurrentSkipListMap<>();

  @Override
  public void add(EventType type) {
    if (types.putIfAbsent(type.name(), type) != null) {
      throw new ConflictException(
          "event type", "an event type named '" + type.name() + "' already exists");
    }
  }

  @Override
  public void update(EventType type) {
    types.put(type.name(), type);
  }

  @Override
  public Optional<EventType> findByName(EventTypeName name) {
    return Optional.ofNullable(types.get(name));
  }

  @Override
  public List<EventType> listAll() {
    return List.copyOf(types.values());
  }
}
