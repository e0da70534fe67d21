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

  /** Both URLs as the client wrote them, or a 400 naming each one that is missing. */
  Given given() {
    Validation validation = new Validation();
    ChallengeMeFields.registeredUrl(validation, "oldWebhookUrl", oldWebhookUrl);
    ChallengeMeFields.registeredUrl(validation, "newWebhookUrl", newWebhookUrl);
    validation.throwIfInvalid();
    return new Given(oldWebhookUrl, newWebhookUrl);
  }

  /**
   * Both URLs, given: the old one is looked up as written, the new one is checked only once the old
   * one is found, so an unregistered URL is the documented 404 whatever the new one is.
   */
  record Given(String oldUrl, String newUrlText) {

    /** The URL to deliver to from now on, or a 400 when Hookline cannot deliver to it. */
    WebhookUrl newUrl() {
      Validation validation = new Validation();
      WebhookUrl url = ChallengeMeFields.deliverableUrl(validation, "newWebhookUrl", newUrlText);
      validation.throwIfInvalid();
      return url;
    }
  }
}
