package io.hookline.adapter.rest.error;

import io.micronaut.http.server.exceptions.response.Error;
import java.util.Objects;
import java.util.Optional;

/**
 * One rejected input of a request, named by its field ({@code url}, {@code eventTypes[1]}, {@code
 * filter.objectId}, {@code limit}), as carried inside Micronaut's error context.
 */
public record FieldViolation(String field, String message) implements Error {

  public FieldViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public Optional<String> getPath() {
    return Optional.of(field);
  }

  @Override
  public String getMessage() {
    return message;
  }
}
