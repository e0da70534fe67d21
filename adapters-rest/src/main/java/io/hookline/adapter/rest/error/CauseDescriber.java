package io.hookline.adapter.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hookline.domain.common.DomainException;
import io.hookline.domain.common.InvalidInputException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.NotFoundException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.util.List;
import java.util.Optional;

/**
 * Turns the cause of an error (a domain rejection, a JSON or conversion failure, a missing
 * argument, a refused token, a route miss) into an {@link ErrorDescription}.
 */
final class CauseDescriber {

  static final String INVALID_FIELDS = "some fields of the request are invalid; see errors";
  static final String UNEXPECTED = "an unexpected error occurred; it has been logged";

  private CauseDescriber() {}

  static ErrorDescription describe(ErrorContext context, int status) {
    if (status >= 500) {
      return ErrorDescription.of(UNEXPECTED);
    }
    Throwable cause = context.getRootCause().orElse(null);
    List<FieldViolation> carried =
        context.getErrors().stream()
            .filter(FieldViolation.class::isInstance)
            .map(FieldViolation.class::cast)
            .toList();
    if (cause instanceof InvalidInputException) {
      return new ErrorDescription(INVALID_FIELDS, carried);
    }
    if (cause instanceof DomainException domain) {
      return new ErrorDescription(domain.getMessage(), carried);
    }
    Optional<JsonProcessingException> json = find(cause, JsonProcessingException.class);
    if (json.isPresent()) {
      return JsonFailures.describe(json.get());
    }
    if (find(cause, JsonSyntaxException.class).isPresent()) {
      return ErrorDescription.of(JsonFailures.NOT_JSON);
    }
    return switch (cause) {
      case ConversionErrorException e -> invalidArgument(e.getArgument());
      case UnsatisfiedArgumentException e -> missingArgument(e.getArgument());
      case UnsatisfiedRouteException e -> missingArgument(e.getArgument());
      case AuthorizationException e ->
          ErrorDescription.of(
              e.isForbidden()
                  ? "this token may not use this resource"
                  : "this request needs a valid bearer token; it was missing, malformed, expired"
                      + " or not signed by this server");
      case NotFoundException e ->
          ErrorDescription.of(
              "nothing is found at "
                  + context.getRequest().getMethodName()
                  + " "
                  + context.getRequest().getPath());
      case Throwable t when t.getMessage() != null -> new ErrorDescription(t.getMessage(), carried);
      case null, default -> fromContext(context, carried);
    };
  }

  private static ErrorDescription invalidArgument(Argument<?> argument) {
    String name = argument.getName();
    return new ErrorDescription(
        "the parameter '" + name + "' has an invalid value",
        List.of(new FieldViolation(name, JsonFailures.mustBe(argument.getType()))));
  }

  private static ErrorDescription missingArgument(Argument<?> argument) {
    if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
      return ErrorDescription.of("the request needs a JSON body");
    }
    String name = argument.getName();
    return new ErrorDescription(
        "the parameter '" + name + "' is required",
        List.of(new FieldViolation(name, "is required")));
  }

  private static ErrorDescription fromContext(ErrorContext context, List<FieldViolation> carried) {
    String detail =
        context.getErrors().stream()
            .map(io.micronaut.http.server.exceptions.response.Error::getMessage)
            .filter(m -> m != null && !m.isBlank())
            .findFirst()
            .orElse("the request cannot be served");
    return new ErrorDescription(detail, carried);
  }

  private static <T extends Throwable> Optional<T> find(Throwable cause, Class<T> type) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
