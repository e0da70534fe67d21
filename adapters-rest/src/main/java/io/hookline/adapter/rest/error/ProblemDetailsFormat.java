package io.hookline.adapter.rest.error;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The native error format, {@code application/problem+json}, for every path that no dialect claims.
 */
@Singleton
final class ProblemDetailsFormat implements ErrorFormat {

  @Override
  public Set<String> pathPrefixes() {
    return Set.of("/");
  }

  @Override
  public MutableHttpResponse<?> render(ErrorContext context, MutableHttpResponse<?> response) {
    int status = response.code();
    ProblemDetails body = ProblemDetails.of(status, ErrorDescription.of(context, status));
    return response.body(body).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
  }
}
