package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.hookline.application.port.in.CreateSubscriptionUseCase.CreateSubscriptionCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.team.TeamId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The body of {@code POST /api/v1/teams/{teamId}/subscriptions}. */
@Schema(name = "CreateSubscription")
public record CreateSubscriptionRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "https://example.com/hooks")
        String url,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description = "exact event type names, '*' for all, or a prefix such as 'order.*'")
        @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> eventTypes,
    String description,
    @Schema(description = "extra headers sent with every delivery (at most 20)")
        Map<String, String> headers,
    @Schema(description = "sent to the receiver as 'Authorization: Bearer <token>'")
        String authorizationToken,
    FilterBody filter,
    @Schema(
            description = "the receiver's wire format",
            defaultValue = "standard",
            allowableValues = {
              "standard",
              "challengeme",
              "guid",
              "codewars",
              "screver",
              "shareactor"
            })
        String format) {

  CreateSubscriptionCommand toCommand(Actor actor, TeamId teamId) {
    Validation validation = new Validation();
    var webhookUrl = SubscriptionValues.url(validation, url);
    var selectors = SubscriptionValues.eventTypes(validation, eventTypes);
    var customHeaders = headers == null ? null : SubscriptionValues.headers(validation, headers);
    var token =
        Optional.ofNullable(authorizationToken)
            .map(value -> SubscriptionValues.authorizationToken(validation, value));
    var objectFilter =
        Optional.ofNullable(filter).map(value -> SubscriptionValues.filter(validation, value));
    var deliveryFormat =
        format == null ? DeliveryFormat.STANDARD : SubscriptionValues.format(validation, format);
    validation.throwIfInvalid();
    return new CreateSubscriptionCommand(
        actor,
        teamId,
        new SubscriptionSettings(
            webhookUrl,
            selectors,
            description,
            customHeaders,
            token,
            objectFilter,
            deliveryFormat));
  }
}
