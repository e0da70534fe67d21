package io.hookline.application.service;

import io.hookline.application.port.out.Completion;
import io.hookline.domain.subscription.SubscriptionId;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished delivery as the writer stores it: its completion, and what it says about the health of
 * its subscription.
 */
record Outcome(
    Completion completion, SubscriptionId subscriptionId, Health health, Optional<String> reason) {

  /** What an outcome changes about its subscription. */
  enum Health {
    UNCHANGED,
    RECOVERED,
    STARTED_FAILING,
    DISABLE
  }

  Outcome {
    Objects.requireNonNull(completion);
    Objects.requireNonNull(subscriptionId);
    Objects.requireNonNull(health);
    Objects.requireNonNull(reason);
  }
}
