package io.hookline.adapter.delivery.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110 §10.2.3), given either as delta-seconds or as
 * an HTTP-date, as the wait from {@code now}; a date in the past means no wait.
 */
public final class RetryAfter {

  private RetryAfter() {}

  /** The wait the header asks for, or empty when there is no header or it cannot be read. */
  public static Optional<Duration> parse(Optional<String> header, Instant now) {
    return header.flatMap(value -> parse(value, now));
  }

  /** The wait {@code value} asks for, or empty when it is neither delta-seconds nor a date. */
  public static Optional<Duration> parse(String value, Instant now) {
    String text = value.strip();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException tooLarge) {
        return Optional.empty();
      }
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
