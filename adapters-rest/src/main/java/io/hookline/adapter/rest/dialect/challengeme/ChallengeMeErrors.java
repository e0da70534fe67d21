package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.error.ErrorDescription;
import io.hookline.adapter.rest.error.ErrorFormat;
import io.hookline.adapter.rest.error.FieldViolation;
import io.hookline.domain.common.AccessDeniedException;
import io.hookline.domain.common.NotFoundException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ChallengeMe's error body, {@code {"message": …}}, for every error under its paths: acting for
 * another team is 401 with the documented sentence, an unknown team is the documented 404, and a
 * missing or refused token is 401 in ChallengeMe's own words.
 */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.CHALLENGEME, defaultValue = Dialects.ALL)
final class ChallengeMeErrors implements ErrorFormat {

  static final String TOKEN_REQUIRED = "Access Token Required";
  static final String INVALID_TOKEN = "Invalid Access Token";

  @Override
  public Set<String> pathPrefixes() {
    return Set.of("/api/v1/webhooks/events", "/api/v1/webhook/events");
  }

  @Override
  public MutableHttpResponse<?> render(ErrorContext context, MutableHttpResponse<?> response) {
    Throwable cause = context.getRootCause().orElse(null);
    HttpStatus status = response.getStatus();
    String message;
    if (cause instanceof AccessDeniedException denied) {
      status = HttpStatus.UNAUTHORIZED;
      message = denied.getMessage();
    } else if (cause instanceof NotFoundException missing && missing.resource().equals("team")) {
      message = "There is no such team with " + missing.id() + " team id";
    } else if (status == HttpStatus.UNAUTHORIZED) {
      boolean sent = context.getRequest().getHeaders().contains(HttpHeaders.AUTHORIZATION);
      message = sent ? INVALID_TOKEN : TOKEN_REQUIRED;
    } else {
      message = sentence(ErrorDescription.of(context, response.code()));
    }
    return response
        .status(status)
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .body(new Message(message));
  }

  /** The detail, or each rejected field as {@code "field" problem}, the way ChallengeMe said it. */
  private static String sentence(ErrorDescription description) {
    if (description.fields().isEmpty()) {
      return description.detail();
    }
    return description.fields().stream()
        .map(ChallengeMeErrors::quoted)
        .collect(Collectors.joining("; "));
  }

  private static String quoted(FieldViolation field) {
    return "\"" + field.field() + "\" " + field.message();
  }
}
