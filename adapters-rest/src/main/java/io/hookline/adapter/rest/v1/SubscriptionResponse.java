package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A subscription as the native API shows it in reads and lists: never its secret nor its
 * authorization token, only whether a token is set.
 */
@Schema(name = "Subscription")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubscriptionResponse(
    @Schema(format = "uuid") String id,
    @Schema(format = "uuid") String teamId,
    String url,
    List<String> eventTypes,
    String description,
    Map<String, String> headers,
    @Schema(nullable = true) FilterBody filter,
    String format,
    boolean enabled,
    @Schema(nullable = true, description = "why deliveries are off, while disabled")
        String disabledReason,
    boolean authorizationTokenSet,
    @Schema(format = "date-time") String createdAt,
    @Schema(format = "date-time") String updatedAt) {

  static SubscriptionResponse from(Subscription subscription) {
    SubscriptionSettings settings = subscription.settings();
    return new SubscriptionResponse(
        subscription.id().toString(),
        subscription.teamId().toString(),
        settings.url().value(),
        settings.selectors().asStrings(),
        settings.description(),
        settings.headers().values(),
        settings.filter().map(FilterBody::from).orElse(null),
        settings.format().wireName(),
        subscription.enabled(),
        subscription.disabledReason().orElse(null),
        settings.authorizationToken().isPresent(),
        subscription.createdAt().toString(),
        subscription.updatedAt().toString());
  }
}
