package io.hookline.application.port.out;

import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where subscriptions are kept, deleted ones included (they keep their history). */
public interface SubscriptionRepository {

  void add(Subscription subscription);

  /** Stores a changed subscription (settings, state, secrets or deletion). */
  void update(Subscription subscription);

  /** A subscription of the team that is not deleted. */
  Optional<Subscription> findById(TeamId teamId, SubscriptionId id);

  /** The team's subscriptions that are not deleted, oldest first, one page at a time. */
  Page<Subscription> list(TeamId teamId, PageRequest page);

  /** Every subscription of the team that is not deleted, oldest first. */
  List<Subscription> listAll(TeamId teamId);

  /** Subscriptions by id whatever their team, deleted ones included; unknown ids left out. */
  Map<SubscriptionId, Subscription> findAllById(Collection<SubscriptionId> ids);

  /**
   * Notes that these subscriptions started failing at {@code since}, for those not already failing;
   * touches nothing else, so an owner's concurrent changes are never overwritten.
   */
  void markFailing(Collection<SubscriptionId> ids, Instant since);

  /** Notes that these subscriptions delivered successfully: their failing streak is over. */
  void markHealthy(Collection<SubscriptionId> ids);
}
