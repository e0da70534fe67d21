package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.team.TeamId;
import java.util.Objects;

/** Subscribes a URL of a team to event types; the new subscription gets a generated secret. */
public interface CreateSubscriptionUseCase {

  Subscription create(CreateSubscriptionCommand command);

  /** The team, the settings of the new subscription, and who asks. */
  record CreateSubscriptionCommand(Actor actor, TeamId teamId, SubscriptionSettings settings) {
    public CreateSubscriptionCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(settings);
    }
  }
}
