package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.WebhookUrl;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PATCH /api/v1/webhooks/events/url/{teamId}}. */
@Schema(name = "ChallengeMeUrlUpdate")
record UrlUpdateRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "http://your_address.com/api/v1/webhook")
        String oldWebhookUrl,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "http://your_address.com/api/v2/webhook")
        String newWebhookUrl) {

  /** The registered URL and the one to deliver to from now on, or a 400 naming every bad field. */
  Checked checked() {
    Validation validation = new Validation();
    String old = ChallengeMeFields.registeredUrl(validation, "oldWebhookUrl", oldWebhookUrl);
    WebhookUrl next = ChallengeMeFields.deliverableUrl(validation, "newWebhookUrl", newWebhookUrl);
    validation.throwIfInvalid();
    return new Checked(old, next);
  }

  /** The old URL as the client wrote it and the valid new one. */
  record Checked(String oldUrl, WebhookUrl newUrl) {}
}
