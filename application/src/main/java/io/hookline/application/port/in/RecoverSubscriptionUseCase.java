package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.time.Instant;
import java.util.Objects;

/** Queues again every failed delivery of a subscription created since a point in time. */
public interface RecoverSubscriptionUseCase {

  /** How many deliveries were queued again. */
  int recover(RecoverSubscriptionCommand command);

  /** The subscription, its team, since when, and who asks. */
  record RecoverSubscriptionCommand(
      Actor actor, TeamId teamId, SubscriptionId subscriptionId, Instant since) {
    public RecoverSubscriptionCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(subscriptionId);
      Objects.requireNonNull(since);
    }
  }
}
