package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.eventtype.EventType;
import io.swagger.v3.oas.annotations.media.Schema;

/** An entry of the event catalog as the native API shows it. */
@Schema(name = "EventType")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventTypeResponse(
    @Schema(example = "order.created") String name,
    String description,
    boolean archived,
    @Schema(format = "date-time") String createdAt) {

  static EventTypeResponse from(EventType type) {
    return new EventTypeResponse(
        type.name().value(), type.description(), type.archived(), type.createdAt().toString());
  }
}
