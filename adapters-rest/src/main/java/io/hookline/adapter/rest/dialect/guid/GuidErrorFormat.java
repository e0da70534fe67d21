package io.hookline.adapter.rest.dialect.guid;

import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.error.ErrorDescription;
import io.hookline.adapter.rest.error.ErrorFormat;
import io.hookline.adapter.rest.error.FieldViolation;
import io.hookline.domain.common.DomainException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes every error under the GUID dialect's paths as {@link GuidError}: 401 "Authorization has
 * been denied for this request" for a missing or refused token (and a team the token may not act
 * for), 400 "The request is invalid" for every rejected input, unknown id included, and ASP.NET Web
 * API's own words for unknown routes (404), wrong methods (405) and media types (415).
 */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.GUID, defaultValue = Dialects.ALL)
final class GuidErrorFormat implements ErrorFormat {

  /** Prefixes of the document's two controllers. */
  static final Set<String> PREFIXES = Set.of("/WebHookSubscription", "/WebhookTest");

  /** The core's names for fields that this API calls otherwise. */
  private static final Map<String, String> FIELDS =
      Map.of("url", "SubscriberURL", "eventTypes", "Webhook", "eventType", "Webhook");

  @Override
  public Set<String> pathPrefixes() {
    return PREFIXES;
  }

  @Override
  public MutableHttpResponse<?> render(ErrorContext context, MutableHttpResponse<?> response) {
    boolean rejected = context.getRootCause().orElse(null) instanceof DomainException;
    int status = statusOf(response.code(), rejected);
    GuidError body =
        new GuidError(
            message(status, context.getRequest()),
            detail(ErrorDescription.of(context, response.code())));
    return response
        .status(HttpStatus.valueOf(status))
        .body(body)
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** 403 becomes ASP.NET's 401, and every other rejection by the core a 400. */
  private static int statusOf(int chosen, boolean rejected) {
    if (chosen == 403) {
      return 401;
    }
    return rejected && chosen != 401 && chosen < 500 ? 400 : chosen;
  }

  private static String message(int status, HttpRequest<?> request) {
    return switch (status) {
      case 401 -> GuidError.DENIED;
      case 404 ->
          "No HTTP resource was found that matches the request URI '" + request.getUri() + "'.";
      case 405 ->
          "The requested resource does not support http method '" + request.getMethodName() + "'.";
      case 415 ->
          "The request entity's media type '"
              + request.getContentType().map(MediaType::toString).orElse("")
              + "' is not supported for this resource.";
      default -> status >= 500 ? GuidError.SERVER_ERROR : GuidError.INVALID;
    };
  }

  private static String detail(ErrorDescription description) {
    if (description.fields().isEmpty()) {
      return description.detail();
    }
    return description.fields().stream()
        .map(GuidErrorFormat::describe)
        .collect(Collectors.joining("; "));
  }

  private static String describe(FieldViolation violation) {
    String field = violation.field();
    int end = field.indexOf('.') < 0 ? field.length() : field.indexOf('.');
    String head = field.substring(0, end);
    return FIELDS.getOrDefault(head, head) + field.substring(end) + ": " + violation.message();
  }
}
