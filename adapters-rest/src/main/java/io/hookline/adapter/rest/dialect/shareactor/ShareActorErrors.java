package io.hookline.adapter.rest.dialect.shareactor;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The error body of the ShareActor API, which promises JSON for errors too but shows none: {@code
 * {"status": 404, "error": "Not Found", "message": "webhook '…' not found"}}, plus {@code errors:
 * [{field, message}]} when input fields were refused (named as the ShareActor API names them).
 */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.SHAREACTOR, defaultValue = Dialects.ALL)
final class ShareActorErrors implements ErrorFormat {

  /** The core's names for fields that this API calls differently. */
  private static final Map<String, String> FIELD_NAMES =
      Map.of("url", WebhookRequest.ENDPOINT, "eventTypes", WebhookRequest.EVENT_TYPE);

  @Override
  public Set<String> pathPrefixes() {
    return Set.of("/webhooks");
  }

  @Override
  public MutableHttpResponse<?> render(ErrorContext context, MutableHttpResponse<?> response) {
    int status = response.code();
    return response
        .body(ErrorBody.of(status, ErrorDescription.of(context, status)))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  private static String fieldName(String field) {
    return FIELD_NAMES.entrySet().stream()
        .filter(e -> field.equals(e.getKey()) || field.startsWith(e.getKey() + "["))
        .map(e -> e.getValue() + field.substring(e.getKey().length()).replaceAll("^\\[\\d+]", ""))
        .findFirst()
        .orElse(field);
  }

  /** The JSON error body; its message alone says what was wrong. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ErrorBody(int status, String error, String message, List<Field> errors) {

    static ErrorBody of(int status, ErrorDescription description) {
      List<Field> fields = description.fields().stream().map(Field::new).toList();
      String message =
          fields.isEmpty()
              ? description.detail()
              : fields.stream()
                  .map(f -> f.field() + ": " + f.message())
                  .collect(Collectors.joining("; "));
      return new ErrorBody(status, HttpStatus.getDefaultReason(status), message, fields);
    }
  }

  /** One refused input field and why. */
  record Field(String field, String message) {

    Field(FieldViolation violation) {
      this(fieldName(violation.field()), violation.message());
    }
  }
}
