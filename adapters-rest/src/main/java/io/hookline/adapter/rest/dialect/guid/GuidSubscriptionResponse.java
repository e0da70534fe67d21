package io.hookline.adapter.rest.dialect.guid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.Optional;

/**
 * A subscription as the API shows it in every answer; {@code Signature} is its current secret,
 * which every message carries.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "GUID",
  "Webhook",
  GuidFilter.GUID_FIELD,
  GuidFilter.TYPE_FIELD,
  "SubscriberURL",
  "Signature",
  "CustomHeader",
  "CustomHeaderValue"
})
public record GuidSubscriptionResponse(
    @JsonProperty("GUID") @Schema(format = "uuid") String guid,
    @JsonProperty("Webhook") @Schema(example = "PacketCreated") String webhook,
    @JsonProperty(GuidFilter.GUID_FIELD) @Schema(example = Guids.ZERO) String filterObjectGuid,
    @JsonProperty(GuidFilter.TYPE_FIELD) @Schema(example = GuidFilter.NO_TYPE)
        String filterObjectType,
    @JsonProperty("SubscriberURL") @Schema(example = "https://example.com/hooks")
        String subscriberUrl,
    @JsonProperty("Signature")
        @Schema(description = "included in every message; keys its Webhook-Signature-SHA256")
        String signature,
    @JsonProperty("CustomHeader") @Schema(nullable = true) String customHeader,
    @JsonProperty("CustomHeaderValue") @Schema(nullable = true) String customHeaderValue) {

  static GuidSubscriptionResponse from(Subscription subscription) {
    SubscriptionSettings settings = subscription.settings();
    Optional<Map.Entry<String, String>> header =
        settings.headers().values().entrySet().stream().findFirst();
    return new GuidSubscriptionResponse(
        Guids.format(subscription.id().value()),
        settings.selectors().asStrings().getFirst(),
        GuidFilter.guid(settings.filter()),
        GuidFilter.type(settings.filter()),
        settings.url().value(),
        subscription.secrets().current().value(),
        header.map(Map.Entry::getKey).orElse(null),
        header.map(Map.Entry::getValue).orElse(null));
  }
}
