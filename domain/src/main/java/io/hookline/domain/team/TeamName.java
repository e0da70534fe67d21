package io.hookline.domain.team;

import io.hookline.domain.common.InvalidInputException;

/** A team's unique, human-readable name of 1 to 100 characters. */
public record TeamName(String value) {

  public static final int MAX_LENGTH = 100;

  public TeamName {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of("", "must not be blank");
    }
    value = value.strip();
    if (value.length() > MAX_LENGTH) {
      throw InvalidInputException.of("", "must be at most " + MAX_LENGTH + " characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
