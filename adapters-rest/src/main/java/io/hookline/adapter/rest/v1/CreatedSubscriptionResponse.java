package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.hookline.domain.subscription.Subscription;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new subscription with its signing secret, the only read that includes it besides /secret. */
@Schema(name = "CreatedSubscription")
public record CreatedSubscriptionResponse(
    @JsonUnwrapped SubscriptionResponse subscription,
    @Schema(description = "the signing secret, Standard Webhooks 'whsec_' form") String secret) {

  static CreatedSubscriptionResponse from(Subscription subscription) {
    return new CreatedSubscriptionResponse(
        SubscriptionResponse.from(subscription), subscription.secrets().current().value());
  }
}
