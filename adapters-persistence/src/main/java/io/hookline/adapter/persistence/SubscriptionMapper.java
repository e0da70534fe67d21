package io.hookline.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.ObjectFilter;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.SigningSecrets;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.TeamId;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Converts subscriptions to rows of {@code subscriptions} and back; selectors are a JSON array and
 * headers a JSON object, both keeping the order the owner gave them in.
 */
final class SubscriptionMapper {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> SELECTORS = new TypeReference<>() {};
  private static final TypeReference<LinkedHashMap<String, String>> HEADERS =
      new TypeReference<>() {};

  private SubscriptionMapper() {}

  static SubscriptionRow toRow(Subscription subscription) {
    SubscriptionSettings settings = subscription.settings();
    SigningSecrets secrets = subscription.secrets();
    return new SubscriptionRow(
        subscription.id().value(),
        subscription.teamId().value(),
        settings.url().value(),
        write(settings.selectors().asStrings()),
        settings.description(),
        write(settings.headers().values()),
        settings.authorizationToken().map(AuthorizationToken::value).orElse(null),
        settings.filter().map(ObjectFilter::objectType).orElse(null),
        settings.filter().map(ObjectFilter::objectId).orElse(null),
        settings.format().wireName(),
        subscription.enabled(),
        subscription.disabledReason().orElse(null),
        Timestamps.toNullableColumn(subscription.failingSince()),
        secrets.current().value(),
        secrets.previous().map(SigningSecret::value).orElse(null),
        Timestamps.toNullableColumn(secrets.previousExpiresAt()),
        Timestamps.toColumn(subscription.createdAt()),
        Timestamps.toColumn(subscription.updatedAt()),
        Timestamps.toNullableColumn(subscription.deletedAt()));
  }

  static Subscription toDomain(SubscriptionRow row) {
    SubscriptionSettings settings =
        new SubscriptionSettings(
            new WebhookUrl(row.url()),
            EventSelectors.parse(read(row.eventSelectors(), SELECTORS)),
            row.description(),
            new CustomHeaders(read(row.headers(), HEADERS)),
            Optional.ofNullable(row.authorizationToken()).map(AuthorizationToken::new),
            filter(row),
            DeliveryFormat.parse(row.format()));
    SigningSecrets secrets =
        new SigningSecrets(
            new SigningSecret(row.secret()),
            Optional.ofNullable(row.previousSecret()).map(SigningSecret::new),
            Timestamps.fromNullableColumn(row.previousSecretExpiresAt()));
    return Subscription.reconstitute(
        new SubscriptionId(row.id()),
        new TeamId(row.teamId()),
        settings,
        secrets,
        row.enabled(),
        Optional.ofNullable(row.disabledReason()),
        Timestamps.fromNullableColumn(row.failingSince()),
        Timestamps.fromColumn(row.createdAt()),
        Timestamps.fromColumn(row.updatedAt()),
        Timestamps.fromNullableColumn(row.deletedAt()));
  }

  private static Optional<ObjectFilter> filter(SubscriptionRow row) {
    if (row.filterObjectType() == null) {
      return Optional.empty();
    }
    return Optional.of(new ObjectFilter(row.filterObjectType(), row.filterObjectId()));
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
