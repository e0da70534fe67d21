package io.hookline.adapter.rest.error;

import io.hookline.domain.common.AccessDeniedException;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.common.DomainException;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.common.PayloadTooLargeException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Maps the domain's rejections to HTTP statuses for every API; the error body is left to the {@link
 * ErrorFormat} of the request's path.
 */
@Singleton
@Produces
final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> errorResponses;

  DomainExceptionHandler(ErrorResponseProcessor<?> errorResponses) {
    this.errorResponses = errorResponses;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
    return errorResponses.processResponse(
        ErrorContext.builder(request).cause(exception).errors(violations(exception)).build(),
        HttpResponse.status(statusOf(exception)));
  }

  static HttpStatus statusOf(DomainException exception) {
    return switch (exception) {
      case NotFoundException e -> HttpStatus.NOT_FOUND;
      case AccessDeniedException e -> HttpStatus.FORBIDDEN;
      case ConflictException e -> HttpStatus.CONFLICT;
      case InvalidInputException e -> HttpStatus.BAD_REQUEST;
      case PayloadTooLargeException e -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
    };
  }

  private static List<io.micronaut.http.server.exceptions.response.Error> violations(
      DomainException exception) {
    if (exception instanceof InvalidInputException invalid) {
      return invalid.errors().stream()
          .<io.micronaut.http.server.exceptions.response.Error>map(
              e -> new FieldViolation(e.field(), e.message()))
          .toList();
    }
    return List.of();
  }
}
