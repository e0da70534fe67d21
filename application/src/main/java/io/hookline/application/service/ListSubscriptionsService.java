package io.hookline.application.service;

import io.hookline.application.port.in.ListSubscriptionsUseCase;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.domain.common.Page;
import io.hookline.domain.subscription.Subscription;

/** Lists a team's subscriptions page by page. */
public final class ListSubscriptionsService implements ListSubscriptionsUseCase {

  private final TeamAccess teamAccess;
  private final SubscriptionRepository subscriptions;

  public ListSubscriptionsService(TeamAccess teamAccess, SubscriptionRepository subscriptions) {
    this.teamAccess = teamAccess;
    this.subscriptions = subscriptions;
  }

  @Override
  public Page<Subscription> list(ListSubscriptionsQuery query) {
    teamAccess.require(query.actor(), query.teamId());
    return subscriptions.list(query.teamId(), query.page());
  }
}
