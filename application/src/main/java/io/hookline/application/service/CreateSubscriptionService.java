package io.hookline.application.service;

import io.hookline.application.port.in.CreateSubscriptionUseCase;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.WebhookTargetPolicy;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import java.time.Clock;

/** Creates subscriptions, each with a freshly generated signing secret. */
public final class CreateSubscriptionService implements CreateSubscriptionUseCase {

  private final TeamAccess teamAccess;
  private final SubscriptionAccess subscriptionAccess;
  private final SubscriptionRepository subscriptions;
  private final WebhookTargetPolicy targets;
  private final SubscriptionAnnouncer announcer;
  private final IdGenerator ids;
  private final Clock clock;

  public CreateSubscriptionService(
      TeamAccess teamAccess,
      SubscriptionAccess subscriptionAccess,
      SubscriptionRepository subscriptions,
      WebhookTargetPolicy targets,
      SubscriptionAnnouncer announcer,
      IdGenerator ids,
      Clock clock) {
    this.teamAccess = teamAccess;
    this.subscriptionAccess = subscriptionAccess;
    this.subscriptions = subscriptions;
    this.targets = targets;
    this.announcer = announcer;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Subscription create(CreateSubscriptionCommand command) {
    teamAccess.require(command.actor(), command.teamId());
    subscriptionAccess.requireOffered(command.settings().selectors());
    targets.requireAllowed(command.settings().url());
    Subscription subscription =
        Subscription.create(
            new SubscriptionId(ids.next()),
            command.teamId(),
            command.settings(),
            SigningSecret.generate(),
            clock.instant());
    subscriptions.add(subscription);
    announcer.changed(subscription);
    return subscription;
  }
}
