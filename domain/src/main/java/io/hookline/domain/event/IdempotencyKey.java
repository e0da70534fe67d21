package io.hookline.domain.event;

import io.hookline.domain.common.InvalidInputException;
import java.time.Duration;

/**
 * A publisher's key that makes a publish safe to repeat: the same key for the same team within
 * {@link #WINDOW} returns the first result and creates nothing new.
 */
public record IdempotencyKey(String value) {

  public static final Duration WINDOW = Duration.ofHours(24);
  public static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of("", "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidInputException.of("", "must be at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        throw InvalidInputException.of("", "must be printable ASCII");
      }
    }
  }
}
