package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.util.Objects;

/** Reads one subscription of a team; deleted ones and other teams' ones are not found. */
public interface GetSubscriptionUseCase {

  Subscription get(GetSubscriptionQuery query);

  /** The subscription, the team it must belong to, and who asks. */
  record GetSubscriptionQuery(Actor actor, TeamId teamId, SubscriptionId subscriptionId) {
    public GetSubscriptionQuery {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(subscriptionId);
    }
  }
}
