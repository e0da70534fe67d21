package io.hookline.adapter.rest.dialect.screver;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.error.ErrorDescription;
import io.hookline.adapter.rest.error.ErrorFormat;
import io.hookline.adapter.rest.error.FieldViolation;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every error under {@code /api/v2/webhooks}, as a client of that Node.js API expects it: {@code
 * {"statusCode": 400, "message": "…", "error": "Bad Request"}}, where the message names each
 * rejected field ({@code "limit must be one of the following values: 5, 10, 25, 50, 100"}).
 */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.SCREVER, defaultValue = Dialects.ALL)
final class ScreverErrorFormat implements ErrorFormat {

  /** The path prefix of the dialect. */
  static final String PATH = "/api/v2/webhooks";

  private static final Pattern PREDICATE = Pattern.compile("^(must|should|is|has|are) ");

  /** The error body. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"statusCode", "message", "error"})
  record ScreverError(int statusCode, String message, String error) {}

  @Override
  public Set<String> pathPrefixes() {
    return Set.of(PATH);
  }

  @Override
  public MutableHttpResponse<?> render(ErrorContext context, MutableHttpResponse<?> response) {
    int status = response.code();
    String message = message(ErrorDescription.of(context, status));
    return response
        .body(new ScreverError(status, message, HttpStatus.getDefaultReason(status)))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** The description's sentence, or one sentence per rejected field joined by "; ". */
  static String message(ErrorDescription description) {
    if (description.fields().isEmpty()) {
      return description.detail();
    }
    return description.fields().stream()
        .map(ScreverErrorFormat::sentence)
        .collect(Collectors.joining("; "));
  }

  /** "url must …" when the message reads on from the field's name, "X-Hookline-Team: …" if not. */
  private static String sentence(FieldViolation violation) {
    String field = violation.field();
    String message = violation.message();
    if (field.isEmpty()) {
      return message;
    }
    return PREDICATE.matcher(message).lookingAt() ? field + " " + message : field + ": " + message;
  }
}
