package io.hookline.application.service;

import io.hookline.application.port.in.RecoverSubscriptionUseCase;
import io.hookline.application.port.out.DeliveryRepository;
import java.time.Clock;

/** Queues again a subscription's failed deliveries since a point in time. */
public final class RecoverSubscriptionService implements RecoverSubscriptionUseCase {

  private final SubscriptionAccess access;
  private final DeliveryRepository deliveries;
  private final Clock clock;

  public RecoverSubscriptionService(
      SubscriptionAccess access, DeliveryRepository deliveries, Clock clock) {
    this.access = access;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @Override
  public int recover(RecoverSubscriptionCommand command) {
    var subscription = access.require(command.actor(), command.teamId(), command.subscriptionId());
    return deliveries.requeueFailed(
        command.teamId(), subscription.id(), command.since(), clock.instant());
  }
}
