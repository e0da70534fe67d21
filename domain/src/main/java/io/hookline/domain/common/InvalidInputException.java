package io.hookline.domain.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule of the model; carries one entry per offending field. */
public final class InvalidInputException extends DomainException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one field error");
    }
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The same errors placed under a field of a larger input. */
  public InvalidInputException under(String prefix) {
    return new InvalidInputException(
        errors.stream()
            .map(e -> new FieldError(Validation.nested(prefix, e.field()), e.message()))
            .toList());
  }
}
