package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.util.Objects;

/** Soft-deletes a subscription: it stops receiving and disappears, its history stays. */
public interface DeleteSubscriptionUseCase {

  void delete(DeleteSubscriptionCommand command);

  /** The subscription to delete, its team, and who asks. */
  record DeleteSubscriptionCommand(Actor actor, TeamId teamId, SubscriptionId subscriptionId) {
    public DeleteSubscriptionCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(subscriptionId);
    }
  }
}
