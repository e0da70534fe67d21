package io.hookline.adapter.rest.error;

import io.micronaut.http.server.exceptions.response.ErrorContext;
import java.util.List;
import java.util.Objects;

/**
 * What went wrong with a request, in words a client can act on: one sentence and the offending
 * fields. Every {@link ErrorFormat} starts from this and puts it in its own body.
 */
public record ErrorDescription(String detail, List<FieldViolation> fields) {

  public ErrorDescription {
    Objects.requireNonNull(detail, "detail");
    fields = List.copyOf(fields);
  }

  public static ErrorDescription of(String detail) {
    return new ErrorDescription(detail, List.of());
  }

  /**
   * Describes the error of {@code context} answered with {@code status}; server errors are never
   * described by their cause, so no internals reach a client.
   */
  public static ErrorDescription of(ErrorContext context, int status) {
    return CauseDescriber.describe(context, status);
  }
}
