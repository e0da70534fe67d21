package io.hookline.domain.common;

import java.util.Objects;

/** One rejected input value: the field it came from and why it was refused. */
public record FieldError(String field, String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
