package io.hookline.adapter.rest.dialect.challengeme;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.WebhookUrl;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;

/** The body of {@code POST /api/v1/webhooks/events/registration/{teamId}}. */
@Schema(name = "ChallengeMeRegistration")
record RegistrationRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "http://your_address.com/api/v1/webhook")
        String webhookUrl,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "[\"submittedChallenge\", \"startedChallenge\"]")
        @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> events,
    @Schema(description = "sent to the webhook as 'Authorization: Bearer <token>'")
        String authorizationToken) {

  /** The checked registration, or a 400 naming every bad field. */
  Registration registration() {
    Validation validation = new Validation();
    WebhookUrl url = ChallengeMeFields.deliverableUrl(validation, "webhookUrl", webhookUrl);
    List<String> names = ChallengeMeFields.events(validation, events);
    Optional<AuthorizationToken> token =
        ChallengeMeFields.optionalToken(validation, authorizationToken);
    validation.throwIfInvalid();
    return new Registration(url, names, token);
  }

  /** A registration whose fields are all valid; the events are still to be found in the catalog. */
  record Registration(WebhookUrl url, List<String> events, Optional<AuthorizationToken> token) {}
}
