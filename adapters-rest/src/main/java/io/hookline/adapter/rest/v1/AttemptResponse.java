package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.delivery.Attempt;
import io.swagger.v3.oas.annotations.media.Schema;

/** One HTTP attempt of a delivery: when, how long, and how the receiver answered, if it did. */
@Schema(name = "Attempt")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AttemptResponse(
    @Schema(description = "1 for the first attempt") int number,
    @Schema(format = "date-time") String attemptedAt,
    long durationMs,
    @Schema(nullable = true, description = "the HTTP status, absent when there was no answer")
        Integer statusCode,
    @Schema(nullable = true, description = "the transport failure, when there was no answer")
        String error,
    @Schema(description = "the first 4 KiB of the receiver's answer") String responseBody) {

  static AttemptResponse from(Attempt attempt) {
    return new AttemptResponse(
        attempt.number(),
        attempt.attemptedAt().toString(),
        attempt.durationMs(),
        attempt.statusCode().orElse(null),
        attempt.error().orElse(null),
        attempt.responseBody());
  }
}
