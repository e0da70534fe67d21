package io.hookline.domain.common;

import java.util.UUID;

/** Parsing of textual identifiers into UUIDs with a rejection that names the field. */
public final class Ids {

  private Ids() {}

  public static UUID parse(String field, String text) {
    if (text == null || text.length() != 36) {
      throw InvalidInputException.of(field, "must be a UUID");
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(field, "must be a UUID");
    }
  }
}
