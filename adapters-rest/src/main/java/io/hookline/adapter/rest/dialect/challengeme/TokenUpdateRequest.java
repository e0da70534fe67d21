package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.AuthorizationToken;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PATCH /api/v1/webhook/events/authorization/{teamId}}. */
@Schema(name = "ChallengeMeAuthorizationUpdate")
record TokenUpdateRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "http://your_address.com/api/v1/webhook")
        String webhookUrl,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the new token")
        String authorizationToken) {

  /** The registered URL to change and its new token, or a 400 naming every bad field. */
  Checked checked() {
    Validation validation = new Validation();
    String url = ChallengeMeFields.registeredUrl(validation, "webhookUrl", webhookUrl);
    AuthorizationToken token = ChallengeMeFields.token(validation, authorizationToken);
    validation.throwIfInvalid();
    return new Checked(url, token);
  }

  /** The URL as the client wrote it and the valid new token. */
  record Checked(String url, AuthorizationToken token) {}
}
