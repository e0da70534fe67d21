package io.hookline.adapter.rest.v1;

import io.hookline.application.port.in.RecoverSubscriptionUseCase.RecoverSubscriptionCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.SubscriptionId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The body of {@code POST …/subscriptions/{subscriptionId}/recover}. */
@Schema(name = "RecoverSubscription")
public record RecoverSubscriptionRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            format = "date-time",
            example = "2025-01-31T00:00:00Z",
            description = "failed deliveries created at or after this instant are queued again")
        String since) {

  RecoverSubscriptionCommand toCommand(Actor actor, TeamPath<SubscriptionId> path, Instant now) {
    Validation validation = new Validation();
    Instant from = validation.field("since", () -> parse(since, now));
    validation.throwIfInvalid();
    return new RecoverSubscriptionCommand(actor, path.teamId(), path.id(), from);
  }

  private static Instant parse(String text, Instant now) {
    if (text == null) {
      throw InvalidInputException.of("", "is required");
    }
    Instant instant;
    try {
      instant = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          "", "must be an ISO-8601 instant such as 2025-01-31T00:00:00Z");
    }
    if (instant.isAfter(now)) {
      throw InvalidInputException.of("", "must not be in the future");
    }
    return instant;
  }
}
