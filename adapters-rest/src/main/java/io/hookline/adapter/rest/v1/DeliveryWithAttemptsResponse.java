package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.application.port.in.GetDeliveryUseCase.DeliveryWithAttempts;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One delivery read on its own: the fields of {@link DeliveryResponse}, except that {@code
 * attempts} lists every attempt, oldest first, instead of counting them.
 */
@Schema(name = "DeliveryWithAttempts")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeliveryWithAttemptsResponse(
    @Schema(format = "uuid") String id,
    @Schema(format = "uuid") String eventId,
    @Schema(format = "uuid") String subscriptionId,
    @Schema(allowableValues = {"pending", "sending", "succeeded", "failed"}) String status,
    List<AttemptResponse> attempts,
    @Schema(format = "date-time", nullable = true, description = "when pending: the next attempt")
        String nextAttemptAt,
    @Schema(nullable = true) Integer lastStatusCode,
    @Schema(nullable = true) String lastError,
    @Schema(format = "date-time") String createdAt,
    @Schema(format = "date-time") String updatedAt) {

  static DeliveryWithAttemptsResponse from(DeliveryWithAttempts found) {
    DeliveryResponse delivery = DeliveryResponse.from(found.delivery());
    return new DeliveryWithAttemptsResponse(
        delivery.id(),
        delivery.eventId(),
        delivery.subscriptionId(),
        delivery.status(),
        found.attempts().stream().map(AttemptResponse::from).toList(),
        delivery.nextAttemptAt(),
        delivery.lastStatusCode(),
        delivery.lastError(),
        delivery.createdAt(),
        delivery.updatedAt());
  }
}
