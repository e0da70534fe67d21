package io.hookline.domain.subscription;

import io.hookline.domain.common.InvalidInputException;

/** A token Hookline forwards to the receiver as {@code Authorization: Bearer <token>}. */
public record AuthorizationToken(String value) {

  public static final int MAX_LENGTH = 4096;

  public AuthorizationToken {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of("", "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidInputException.of("", "must be at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw InvalidInputException.of("", "must be printable ASCII without spaces");
      }
    }
  }

  @Override
  public String toString() {
    return "AuthorizationToken[redacted]";
  }
}
