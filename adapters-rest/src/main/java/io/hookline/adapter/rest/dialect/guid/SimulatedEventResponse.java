package io.hookline.adapter.rest.dialect.guid;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.hookline.application.port.in.SendTestEventUseCase.TestEventSent;
import io.hookline.domain.subscription.Subscription;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to Simulate Event: the test message's {@code GUID} (the same as in the delivered
 * message), its {@code Webhook}, and the subscription it was sent to.
 */
@JsonPropertyOrder({"GUID", "Webhook", "WebhookSubscriptionGUID"})
public record SimulatedEventResponse(
    @JsonProperty("GUID") @Schema(format = "uuid") String guid,
    @JsonProperty("Webhook") @Schema(example = "PacketCreated") String webhook,
    @JsonProperty("WebhookSubscriptionGUID") @Schema(format = "uuid")
        String webhookSubscriptionGuid) {

  static SimulatedEventResponse from(TestEventSent sent, Subscription subscription) {
    return new SimulatedEventResponse(
        Guids.format(sent.event().id().value()),
        sent.event().type().value(),
        Guids.format(subscription.id().value()));
  }
}
