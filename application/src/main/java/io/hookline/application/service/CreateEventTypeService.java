package io.hookline.application.service;

import io.hookline.application.port.in.CreateEventTypeUseCase;
import io.hookline.application.port.out.EventTypeRepository;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.eventtype.EventType;
import java.time.Clock;

/** Adds event types to the catalog for admins. */
public final class CreateEventTypeService implements CreateEventTypeUseCase {

  private final EventTypeRepository eventTypes;
  private final Clock clock;

  public CreateEventTypeService(EventTypeRepository eventTypes, Clock clock) {
    this.eventTypes = eventTypes;
    this.clock = clock;
  }

  @Override
  public EventType create(CreateEventTypeCommand command) {
    command.actor().requireAdmin();
    if (command.name().isReserved()) {
      throw InvalidInputException.of(
          "name", "the prefix 'hookline.' is reserved for Hookline's own events");
    }
    EventType type = EventType.define(command.name(), command.description(), clock.instant());
    eventTypes.add(type);
    return type;
  }
}
