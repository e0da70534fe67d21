package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** One event's delivery to one subscription, as the delivery log shows it. */
@Schema(name = "Delivery")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeliveryResponse(
    @Schema(format = "uuid") String id,
    @Schema(format = "uuid") String eventId,
    @Schema(format = "uuid") String subscriptionId,
    @Schema(allowableValues = {"pending", "sending", "succeeded", "failed"}) String status,
    @Schema(description = "how many attempts were made") int attempts,
    @Schema(format = "date-time", nullable = true, description = "when pending: the next attempt")
        String nextAttemptAt,
    @Schema(nullable = true, description = "the HTTP status of the last answer")
        Integer lastStatusCode,
    @Schema(nullable = true, description = "why the last attempt failed without an answer")
        String lastError,
    @Schema(format = "date-time") String createdAt,
    @Schema(format = "date-time") String updatedAt) {

  static DeliveryResponse from(Delivery delivery) {
    return new DeliveryResponse(
        delivery.id().toString(),
        delivery.eventId().toString(),
        delivery.subscriptionId().toString(),
        delivery.status().wireName(),
        delivery.attempts(),
        delivery.status() == DeliveryStatus.PENDING ? delivery.nextAttemptAt().toString() : null,
        delivery.lastStatusCode().orElse(null),
        delivery.lastError().orElse(null),
        delivery.createdAt().toString(),
        delivery.updatedAt().toString());
  }
}
