package io.hookline.adapter.rest.v1;

import io.hookline.application.port.in.CreateEventTypeUseCase.CreateEventTypeCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Validation;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/event-types}. */
@Schema(name = "CreateEventType")
public record CreateEventTypeRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "order.created",
            pattern = "^[A-Za-z][A-Za-z0-9_.:-]{0,127}$")
        String name,
    @Schema(maxLength = EventType.MAX_DESCRIPTION) String description) {

  CreateEventTypeCommand toCommand(Actor actor) {
    Validation validation = new Validation();
    EventTypeName typeName = validation.field("name", () -> new EventTypeName(name));
    validation.throwIfInvalid();
    return new CreateEventTypeCommand(actor, typeName, description);
  }
}
