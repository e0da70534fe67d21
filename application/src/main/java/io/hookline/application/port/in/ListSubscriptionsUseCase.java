package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.team.TeamId;
import java.util.Objects;

/** Lists a team's live and disabled (not deleted) subscriptions, oldest first. */
public interface ListSubscriptionsUseCase {

  Page<Subscription> list(ListSubscriptionsQuery query);

  /** The team, which page, and who asks. */
  record ListSubscriptionsQuery(Actor actor, TeamId teamId, PageRequest page) {
    public ListSubscriptionsQuery {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(page);
    }
  }
}
