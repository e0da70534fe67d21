package io.hookline.application.service;

import io.hookline.application.port.in.RotateSubscriptionSecretUseCase;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import java.time.Clock;
import java.time.Duration;

/** Rotates signing secrets, keeping the previous one valid for a configured overlap. */
public final class RotateSubscriptionSecretService implements RotateSubscriptionSecretUseCase {

  private final SubscriptionAccess access;
  private final SubscriptionRepository subscriptions;
  private final Clock clock;
  private final Duration overlap;

  public RotateSubscriptionSecretService(
      SubscriptionAccess access,
      SubscriptionRepository subscriptions,
      Clock clock,
      Duration overlap) {
    this.access = access;
    this.subscriptions = subscriptions;
    this.clock = clock;
    this.overlap = overlap;
  }

  @Override
  public Subscription rotate(RotateSubscriptionSecretCommand command) {
    var subscription = access.require(command.actor(), command.teamId(), command.subscriptionId());
    Subscription rotated =
        subscription.rotateSecret(SigningSecret.generate(), clock.instant(), overlap);
    subscriptions.update(rotated);
    return rotated;
  }
}
