package io.hookline.adapter.persistence;

import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.ObjectFilter;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every field of a subscription in a comparable, readable form, with order-sensitive selectors and
 * headers, secrets in clear, and instants at the precision the adapter stores ({@link Timestamps}).
 */
record SubscriptionSnapshot(
    UUID id,
    UUID teamId,
    String url,
    List<String> selectors,
    String description,
    List<Map.Entry<String, String>> headers,
    Optional<String> authorizationToken,
    Optional<ObjectFilter> filter,
    DeliveryFormat format,
    boolean enabled,
    Optional<String> disabledReason,
    Optional<Instant> failingSince,
    String secret,
    Optional<String> previousSecret,
    Optional<Instant> previousSecretExpiresAt,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> deletedAt) {

  static SubscriptionSnapshot of(Subscription subscription) {
    var settings = subscription.settings();
    var secrets = subscription.secrets();
    return new SubscriptionSnapshot(
        subscription.id().value(),
        subscription.teamId().value(),
        settings.url().value(),
        settings.selectors().asStrings(),
        settings.description(),
        settings.headers().values().entrySet().stream()
            .map(header -> Map.entry(header.getKey(), header.getValue()))
            .toList(),
        settings.authorizationToken().map(AuthorizationToken::value),
        settings.filter(),
        settings.format(),
        subscription.enabled(),
        subscription.disabledReason(),
        subscription.failingSince().map(Timestamps::stored),
        secrets.current().value(),
        secrets.previous().map(SigningSecret::value),
        secrets.previousExpiresAt().map(Timestamps::stored),
        Timestamps.stored(subscription.createdAt()),
        Timestamps.stored(subscription.updatedAt()),
        subscription.deletedAt().map(Timestamps::stored));
  }

  static Optional<SubscriptionSnapshot> of(Optional<Subscription> subscription) {
    return subscription.map(SubscriptionSnapshot::of);
  }
}
