package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.Objects;

/** Adds a type to the event catalog; admins only, names are unique. */
public interface CreateEventTypeUseCase {

  EventType create(CreateEventTypeCommand command);

  /** The type to add, its description, and who asks. */
  record CreateEventTypeCommand(Actor actor, EventTypeName name, String description) {
    public CreateEventTypeCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(name);
      description = description == null ? "" : description;
    }
  }
}
