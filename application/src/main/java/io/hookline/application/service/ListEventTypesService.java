package io.hookline.application.service;

import io.hookline.application.port.in.ListEventTypesUseCase;
import io.hookline.application.port.out.EventTypeRepository;
import io.hookline.domain.eventtype.EventType;
import java.util.List;

/** Lists the event catalog for any authenticated caller. */
public final class ListEventTypesService implements ListEventTypesUseCase {

  private final EventTypeRepository eventTypes;

  public ListEventTypesService(EventTypeRepository eventTypes) {
    this.eventTypes = eventTypes;
  }

  @Override
  public List<EventType> list(ListEventTypesQuery query) {
    return eventTypes.listAll().stream()
        .filter(type -> query.includeArchived() || type.isActive())
        .toList();
  }
}
