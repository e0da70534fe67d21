package io.hookline.adapter.rest.v1;

import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.ObjectFilter;
import io.hookline.domain.subscription.WebhookUrl;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns the wire values of a subscription into domain values, for creation and
 * for partial updates alike; each failure is kept in the validation under the wire field's name,
 * and the value is then null.
 */
final class SubscriptionValues {

  private SubscriptionValues() {}

  static WebhookUrl url(Validation validation, String url) {
    return validation.field("url", () -> new WebhookUrl(url));
  }

  static EventSelectors eventTypes(Validation validation, List<String> eventTypes) {
    return validation.field("eventTypes", () -> EventSelectors.parse(eventTypes));
  }

  static CustomHeaders headers(Validation validation, Map<String, String> headers) {
    return validation.field("headers", () -> new CustomHeaders(headers));
  }

  static AuthorizationToken authorizationToken(Validation validation, String token) {
    return validation.field("authorizationToken", () -> new AuthorizationToken(token));
  }

  static ObjectFilter filter(Validation validation, FilterBody filter) {
    return validation.field("filter", filter::toDomain);
  }

  static DeliveryFormat format(Validation validation, String format) {
    return validation.field("format", () -> DeliveryFormat.parse(format));
  }
}
