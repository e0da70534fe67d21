package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.ObjectRef;
import io.swagger.v3.oas.annotations.media.Schema;

/** A published event as the native API shows it, its data as the JSON value that was published. */
@Schema(name = "Event")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventResponse(
    @Schema(format = "uuid") String id,
    String type,
    @Schema(ref = "#/components/schemas/AnyJsonValue") @JsonRawValue String data,
    @Schema(nullable = true) String objectType,
    @Schema(nullable = true) String objectId,
    @Schema(description = "the number of subscriptions the event fanned out to") int deliveries,
    @Schema(format = "date-time") String createdAt) {

  static EventResponse from(Event event) {
    return new EventResponse(
        event.id().toString(),
        event.type().value(),
        event.data().json(),
        event.object().map(ObjectRef::type).orElse(null),
        event.object().map(ObjectRef::id).orElse(null),
        event.fanout(),
        event.createdAt().toString());
  }
}
