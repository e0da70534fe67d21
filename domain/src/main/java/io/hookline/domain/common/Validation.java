package io.hookline.domain.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the field errors of several value constructions so that one rejection names every
 * offending field at once.
 */
public final class Validation {

  private final List<FieldError> errors = new ArrayList<>();

  /** Builds a value, remembering its errors under {@code field}; returns null when it failed. */
  public <T> T field(String field, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (InvalidInputException e) {
      for (FieldError error : e.errors()) {
        errors.add(new FieldError(nested(field, error.field()), error.message()));
      }
      return null;
    }
  }

  static String nested(String field, String inner) {
    if (inner.isEmpty()) {
      return field;
    }
    if (field.isEmpty()) {
      return inner;
    }
    return inner.startsWith("[") ? field + inner : field + "." + inner;
  }

  /** Records a rule violation that no single value construction could see. */
  public void reject(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
