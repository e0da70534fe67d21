package io.hookline.adapter.rest.v1;

import io.hookline.application.port.in.SendTestEventUseCase.SendTestEventCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Validation;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.SubscriptionId;
import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of {@code POST …/subscriptions/{subscriptionId}/test}. */
@Schema(name = "SendTestEvent")
public record SendTestEventRequest(
    @Schema(
            defaultValue = "hookline.ping",
            description = "the type of the test event; it must be in the catalog")
        String eventType) {

  /** The request without a body: a {@code hookline.ping}. */
  static final SendTestEventRequest PING = new SendTestEventRequest(null);

  SendTestEventCommand toCommand(Actor actor, TeamPath<SubscriptionId> path) {
    Validation validation = new Validation();
    var type = Parameters.optional(validation, "eventType", eventType, EventTypeName::new);
    validation.throwIfInvalid();
    return new SendTestEventCommand(actor, path.teamId(), path.id(), type);
  }
}
