package io.hookline.domain.subscription;

import io.hookline.domain.common.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/** Everything about a subscription that its owner chooses: where, what, and how to deliver. */
public record SubscriptionSettings(
    WebhookUrl url,
    EventSelectors selectors,
    String description,
    CustomHeaders headers,
    Optional<AuthorizationToken> authorizationToken,
    Optional<ObjectFilter> filter,
    DeliveryFormat format) {

  public static final int MAX_DESCRIPTION = 1000;

  public SubscriptionSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(selectors, "selectors");
    description = description == null ? "" : description;
    if (description.length() > MAX_DESCRIPTION) {
      throw InvalidInputException.of(
          "description", "must be at most " + MAX_DESCRIPTION + " characters");
    }
    headers = headers == null ? CustomHeaders.NONE : headers;
    authorizationToken = authorizationToken == null ? Optional.empty() : authorizationToken;
    filter = filter == null ? Optional.empty() : filter;
    format = format == null ? DeliveryFormat.STANDARD : format;
  }

  /** Settings with only the required parts; everything else takes its default. */
  public static SubscriptionSettings of(WebhookUrl url, EventSelectors selectors) {
    return new SubscriptionSettings(
        url,
        selectors,
        "",
        CustomHeaders.NONE,
        Optional.empty(),
        Optional.empty(),
        DeliveryFormat.STANDARD);
  }

  public SubscriptionSettings withUrl(WebhookUrl newUrl) {
    return new SubscriptionSettings(
        newUrl, selectors, description, headers, authorizationToken, filter, format);
  }

  public SubscriptionSettings withSelectors(EventSelectors newSelectors) {
    return new SubscriptionSettings(
        url, newSelectors, description, headers, authorizationToken, filter, format);
  }

  public SubscriptionSettings withDescription(String newDescription) {
    return new SubscriptionSettings(
        url, selectors, newDescription, headers, authorizationToken, filter, format);
  }

  public SubscriptionSettings withHeaders(CustomHeaders newHeaders) {
    return new SubscriptionSettings(
        url, selectors, description, newHeaders, authorizationToken, filter, format);
  }

  public SubscriptionSettings withAuthorizationToken(Optional<AuthorizationToken> newToken) {
    return new SubscriptionSettings(url, selectors, description, headers, newToken, filter, format);
  }

  public SubscriptionSettings withFilter(Optional<ObjectFilter> newFilter) {
    return new SubscriptionSettings(
        url, selectors, description, headers, authorizationToken, newFilter, format);
  }

  public SubscriptionSettings withFormat(DeliveryFormat newFormat) {
    return new SubscriptionSettings(
        url, selectors, description, headers, authorizationToken, filter, newFormat);
  }
}
