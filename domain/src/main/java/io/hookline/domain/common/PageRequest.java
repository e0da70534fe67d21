package io.hookline.domain.common;

import java.util.Optional;

/** Which page of a listing to read: at most {@code limit} items after the opaque cursor. */
public record PageRequest(int limit, Optional<String> cursor) {

  public static final int MAX_LIMIT = 250;
  public static final int DEFAULT_LIMIT = 50;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
    }
    cursor = cursor.filter(c -> !c.isBlank());
  }

  public static PageRequest of(Integer limit, String cursor) {
    return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, Optional.ofNullable(cursor));
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }
}
