package io.hookline.domain.subscription;

import io.hookline.domain.common.InvalidInputException;

/** Restricts a subscription to events about one object, named by its type and id. */
public record ObjectFilter(String objectType, String objectId) {

  public static final int MAX_LENGTH = 200;

  public ObjectFilter {
    objectType = require("objectType", objectType);
    objectId = require("objectId", objectId);
  }

  private static String require(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidInputException.of(field, "must be at most " + MAX_LENGTH + " characters");
    }
    return value.strip();
  }

  /** Whether an event about the given object (either part may be absent) passes this filter. */
  public boolean matches(String eventObjectType, String eventObjectId) {
    return objectType.equals(eventObjectType) && objectId.equals(eventObjectId);
  }
}
