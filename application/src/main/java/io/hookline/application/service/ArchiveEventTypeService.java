package io.hookline.application.service;

import io.hookline.application.port.in.ArchiveEventTypeUseCase;
import io.hookline.application.port.out.EventTypeRepository;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.eventtype.EventType;

/** Archives catalog entries for admins; archiving twice is harmless. */
public final class ArchiveEventTypeService implements ArchiveEventTypeUseCase {

  private final EventTypeRepository eventTypes;

  public ArchiveEventTypeService(EventTypeRepository eventTypes) {
    this.eventTypes = eventTypes;
  }

  @Override
  public void archive(ArchiveEventTypeCommand command) {
    command.actor().requireAdmin();
    EventType type =
        eventTypes
            .findByName(command.name())
            .orElseThrow(() -> new NotFoundException("event type", command.name()));
    if (type.isActive()) {
      eventTypes.update(type.archive());
    }
  }
}
