package io.hookline.application.service;

import io.hookline.application.port.in.DeleteSubscriptionUseCase;
import io.hookline.application.port.out.SubscriptionRepository;
import java.time.Clock;

/** Soft-deletes subscriptions. */
public final class DeleteSubscriptionService implements DeleteSubscriptionUseCase {

  private final SubscriptionAccess access;
  private final SubscriptionRepository subscriptions;
  private final Clock clock;

  public DeleteSubscriptionService(
      SubscriptionAccess access, SubscriptionRepository subscriptions, Clock clock) {
    this.access = access;
    this.subscriptions = subscriptions;
    this.clock = clock;
  }

  @Override
  public void delete(DeleteSubscriptionCommand command) {
    var subscription = access.require(command.actor(), command.teamId(), command.subscriptionId());
    subscriptions.update(subscription.delete(clock.instant()));
  }
}
