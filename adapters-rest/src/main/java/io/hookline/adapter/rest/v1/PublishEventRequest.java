package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.hookline.application.port.in.PublishEventUseCase.PublishEventCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Validation;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.IdempotencyKey;
import io.hookline.domain.event.ObjectRef;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;

/**
 * The body of {@code POST /api/v1/teams/{teamId}/events}; the {@code Idempotency-Key} header comes
 * with it into the command.
 */
@Schema(name = "PublishEvent")
public record PublishEventRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "order.created") String type,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, ref = "#/components/schemas/AnyJsonValue")
        @JsonDeserialize(using = EventDataJson.Reader.class)
        JsonNode data,
    @Schema(description = "with objectId: the object the event is about", example = "order")
        String objectType,
    @Schema(description = "with objectType: the object the event is about", example = "42")
        String objectId) {

  /** The header that makes a publish safe to repeat. */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  PublishEventCommand toCommand(Actor actor, TeamId teamId, String idempotencyKey) {
    Validation validation = new Validation();
    EventTypeName typeName = validation.field("type", () -> new EventTypeName(type));
    EventData eventData = null;
    if (data == null) {
      validation.reject("data", "is required; send null for an event without data");
    } else {
      eventData = validation.field("data", () -> new EventData(EventDataJson.compact(data)));
    }
    Optional<ObjectRef> object =
        objectType == null && objectId == null
            ? Optional.empty()
            : Optional.ofNullable(validation.field("", () -> new ObjectRef(objectType, objectId)));
    Optional<IdempotencyKey> key =
        Optional.ofNullable(idempotencyKey)
            .map(value -> validation.field(IDEMPOTENCY_KEY, () -> new IdempotencyKey(value)));
    validation.throwIfInvalid();
    return new PublishEventCommand(actor, teamId, typeName, eventData, object, key);
  }
}
