package io.hookline.domain.event;

import io.hookline.domain.common.InvalidInputException;

/** The object an event is about, by type and id; subscriptions may filter on it. */
public record ObjectRef(String type, String id) {

  public static final int MAX_LENGTH = 200;

  public ObjectRef {
    type = require("objectType", type);
    id = require("objectId", id);
  }

  private static String require(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "must not be blank when the other part is given");
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidInputException.of(field, "must be at most " + MAX_LENGTH + " characters");
    }
    return value;
  }
}
