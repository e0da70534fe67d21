package io.hookline.application.service;

import io.hookline.application.port.in.GetSubscriptionUseCase;
import io.hookline.domain.subscription.Subscription;

/** Reads one subscription of a team. */
public final class GetSubscriptionService implements GetSubscriptionUseCase {

  private final SubscriptionAccess access;

  public GetSubscriptionService(SubscriptionAccess access) {
    this.access = access;
  }

  @Override
  public Subscription get(GetSubscriptionQuery query) {
    return access.require(query.actor(), query.teamId(), query.subscriptionId());
  }
}
