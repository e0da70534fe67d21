package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.util.Objects;

/** Gives a subscription a new secret; the old one stays valid for the configured overlap. */
public interface RotateSubscriptionSecretUseCase {

  Subscription rotate(RotateSubscriptionSecretCommand command);

  /** The subscription whose secret rotates, its team, and who asks. */
  record RotateSubscriptionSecretCommand(
      Actor actor, TeamId teamId, SubscriptionId subscriptionId) {
    public RotateSubscriptionSecretCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(subscriptionId);
    }
  }
}
