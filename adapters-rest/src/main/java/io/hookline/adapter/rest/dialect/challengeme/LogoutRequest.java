package io.hookline.adapter.rest.dialect.challengeme;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.hookline.domain.common.Validation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of {@code DELETE /api/v1/webhook/events/logout/{teamId}}. */
@Schema(name = "ChallengeMeLogout")
record LogoutRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "http://your_address.com/api/v1/webhook")
        String webhookUrl,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "[\"submittedChallenge\", \"startedChallenge\"]")
        @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> events) {

  /** The URL and the events to log out from, or a 400 naming every bad field. */
  Checked checked() {
    Validation validation = new Validation();
    String url = ChallengeMeFields.registeredUrl(validation, "webhookUrl", webhookUrl);
    List<String> names = ChallengeMeFields.events(validation, events);
    validation.throwIfInvalid();
    return new Checked(url, names);
  }

  /** The URL as the client wrote it and the event names in the order given. */
  record Checked(String url, List<String> events) {}
}
