package io.hookline.application.service;

import io.hookline.application.port.in.UpdateSubscriptionUseCase;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.WebhookTargetPolicy;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionSettings;
import java.time.Clock;

/** Applies partial updates to subscriptions; new selectors are checked against the catalog. */
public final class UpdateSubscriptionService implements UpdateSubscriptionUseCase {

  private final SubscriptionAccess access;
  private final SubscriptionRepository subscriptions;
  private final WebhookTargetPolicy targets;
  private final SubscriptionAnnouncer announcer;
  private final Clock clock;

  public UpdateSubscriptionService(
      SubscriptionAccess access,
      SubscriptionRepository subscriptions,
      WebhookTargetPolicy targets,
      SubscriptionAnnouncer announcer,
      Clock clock) {
    this.access = access;
    this.subscriptions = subscriptions;
    this.targets = targets;
    this.announcer = announcer;
    this.clock = clock;
  }

  @Override
  public Subscription update(UpdateSubscriptionCommand command) {
    Subscription current =
        access.require(command.actor(), command.teamId(), command.subscriptionId());
    SubscriptionSettings was = current.settings();
    SubscriptionSettings settings =
        new SubscriptionSettings(
            command.url().applyTo(was.url()),
            command.selectors().applyTo(was.selectors()),
            command.description().applyTo(was.description()),
            command.headers().applyTo(was.headers()),
            command.authorizationToken().applyTo(was.authorizationToken()),
            command.filter().applyTo(was.filter()),
            command.format().applyTo(was.format()));
    if (!command.selectors().isUnchanged()) {
      access.requireOffered(settings.selectors());
    }
    if (!settings.url().equals(was.url())) {
      targets.requireAllowed(settings.url());
    }
    var now = clock.instant();
    Subscription updated = current.reconfigure(settings, now);
    boolean enable = command.enabled().applyTo(current.enabled());
    if (enable != current.enabled()) {
      updated = enable ? updated.enable(now) : updated.disable("disabled by its owner", now);
    }
    subscriptions.update(updated);
    announcer.changed(updated);
    return updated;
  }
}
