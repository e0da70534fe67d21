package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.domain.common.FieldError;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.WebhookUrl;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The checks shared by the ChallengeMe request bodies; each failure is kept in the validation under
 * the documented field name, so one 400 names every bad field.
 */
final class ChallengeMeFields {

  private ChallengeMeFields() {}

  /** A URL that Hookline will deliver to. */
  static WebhookUrl deliverableUrl(Validation validation, String field, String url) {
    return validation.field(field, () -> new WebhookUrl(url));
  }

  /**
   * A URL that only names a registration, as the client wrote it; one that is not registered (a
   * malformed one included) is simply not found.
   */
  static String registeredUrl(Validation validation, String field, String url) {
    if (url == null || url.isBlank()) {
      validation.reject(field, "is required");
    }
    return url;
  }

  static AuthorizationToken token(Validation validation, String token) {
    return validation.field("authorizationToken", () -> new AuthorizationToken(token));
  }

  static Optional<AuthorizationToken> optionalToken(Validation validation, String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(token(validation, token));
  }

  /**
   * Runs a use case that may refuse the delivery target, naming the refusal by the request's {@code
   * field} instead of the native API's {@code url}.
   */
  static <T> T target(String field, Supplier<T> useCase) {
    try {
      return useCase.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.errors().stream()
              .map(f -> f.field().equals("url") ? new FieldError(field, f.message()) : f)
              .toList());
    }
  }

  /** A non-empty list of event names, in the order given. */
  static List<String> events(Validation validation, List<String> events) {
    if (events == null || events.isEmpty()) {
      validation.reject("events", "must contain at least 1 event name");
      return List.of();
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) == null || events.get(i).isBlank()) {
        validation.reject("events[" + i + "]", "must be an event name");
      }
    }
    return events;
  }
}
