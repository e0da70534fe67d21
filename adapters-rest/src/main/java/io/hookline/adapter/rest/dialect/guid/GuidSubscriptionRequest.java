package io.hookline.adapter.rest.dialect.guid;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.hookline.adapter.rest.dialect.guid.GuidSubscriptions.Caller;
import io.hookline.application.port.in.CreateSubscriptionUseCase.CreateSubscriptionCommand;
import io.hookline.application.port.in.UpdateSubscriptionUseCase.UpdateSubscriptionCommand;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelector;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code SubscribeToWebhook}, and of {@code UpdateWebhookSubscription} with the {@code
 * GUID} of the subscription to update; member names are matched in any case, as ASP.NET does.
 */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record GuidSubscriptionRequest(
    @JsonProperty("GUID")
        @Nullable
        @Schema(format = "uuid", description = "UpdateWebhookSubscription only: which one")
        String guid,
    @JsonProperty("Webhook")
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "PacketCreated")
        String webhook,
    @JsonProperty(GuidFilter.GUID_FIELD) @Nullable @Schema(format = "uuid", example = Guids.ZERO)
        String filterObjectGuid,
    @JsonProperty(GuidFilter.TYPE_FIELD) @Nullable @Schema(example = GuidFilter.NO_TYPE)
        String filterObjectType,
    @JsonProperty("SubscriberURL")
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "https://example.com/hooks")
        String subscriberUrl,
    @JsonProperty("CustomHeader")
        @Nullable
        @Schema(description = "a header sent with every message")
        String customHeader,
    @JsonProperty("CustomHeaderValue") @Nullable String customHeaderValue) {

  CreateSubscriptionCommand toCreate(Caller caller) {
    return new CreateSubscriptionCommand(caller.actor(), caller.team(), settings(new Validation()));
  }

  /** Replaces the subscription's webhook, URL, filter and custom header with this body's. */
  UpdateSubscriptionCommand toUpdate(Caller caller) {
    Validation validation = new Validation();
    SubscriptionId id = validation.field("GUID", () -> new SubscriptionId(Guids.parse(guid)));
    SubscriptionSettings settings = settings(validation);
    return UpdateSubscriptionCommand.of(caller.actor(), caller.team(), id)
        .withSelectors(settings.selectors())
        .withUrl(settings.url())
        .withFilter(settings.filter())
        .withHeaders(settings.headers());
  }

  private SubscriptionSettings settings(Validation validation) {
    EventSelectors selectors = validation.field("Webhook", this::selectors);
    WebhookUrl url = validation.field("SubscriberURL", () -> new WebhookUrl(subscriberUrl));
    var filter = GuidFilter.parse(validation, filterObjectType, filterObjectGuid);
    CustomHeaders headers = customHeaders(validation);
    validation.throwIfInvalid();
    return new SubscriptionSettings(
        url, selectors, "", headers, Optional.empty(), filter, DeliveryFormat.GUID);
  }

  private EventSelectors selectors() {
    if (webhook == null || webhook.isBlank()) {
      throw InvalidInputException.of("", "is required");
    }
    return EventSelectors.of(EventSelector.exact(new EventTypeName(webhook.strip())));
  }

  private CustomHeaders customHeaders(Validation validation) {
    if (customHeader == null || customHeader.isBlank()) {
      if (customHeaderValue != null && !customHeaderValue.isBlank()) {
        validation.reject("CustomHeader", "must name the header when CustomHeaderValue is given");
      }
      return CustomHeaders.NONE;
    }
    String value = customHeaderValue == null ? "" : customHeaderValue;
    return validation.field(
        "CustomHeader", () -> new CustomHeaders(Map.of(customHeader.strip(), value)));
  }
}
