package io.hookline.domain.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One HTTP attempt of a delivery, as kept in the delivery log. */
public record Attempt(
    DeliveryId deliveryId,
    int number,
    Instant attemptedAt,
    long durationMs,
    Optional<Integer> statusCode,
    Optional<String> error,
    String responseBody) {

  /** How much of a response body is kept. */
  public static final int MAX_BODY_BYTES = 4096;

  public Attempt {
    Objects.requireNonNull(deliveryId);
    Objects.requireNonNull(attemptedAt);
    Objects.requireNonNull(statusCode);
    Objects.requireNonNull(error);
    responseBody = responseBody == null ? "" : responseBody;
  }
}
