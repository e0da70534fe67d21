package io.hookline.application.port.out;

import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.Event;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Sends one delivery over HTTP in the subscription's wire format, signed with the given secrets.
 * Never fails exceptionally: every problem is an {@link AttemptResult}. When an endpoint must not
 * be tried now (its circuit is open, its concurrency limit is reached) the result is {@link
 * AttemptResult.NotAttempted} at once, without a request.
 */
public interface WebhookSender {

  CompletionStage<AttemptResult> send(OutgoingWebhook webhook);

  /** Everything one attempt needs. */
  record OutgoingWebhook(
      DeliveryId deliveryId,
      int attemptNumber,
      Event event,
      Subscription subscription,
      List<SigningSecret> secrets) {
    public OutgoingWebhook {
      Objects.requireNonNull(deliveryId);
      Objects.requireNonNull(event);
      Objects.requireNonNull(subscription);
      secrets = List.copyOf(secrets);
      if (secrets.isEmpty()) {
        throw new IllegalArgumentException("a webhook is signed with at least one secret");
      }
    }
  }
}
