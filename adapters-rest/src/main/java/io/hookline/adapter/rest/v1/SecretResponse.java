package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.subscription.Subscription;
import io.swagger.v3.oas.annotations.media.Schema;

/** The current signing secret of a subscription. */
@Schema(name = "Secret")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SecretResponse(
    @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

  static SecretResponse from(Subscription subscription) {
    return new SecretResponse(subscription.secrets().current().value());
  }
}
