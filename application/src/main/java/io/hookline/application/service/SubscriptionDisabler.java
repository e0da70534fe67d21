package io.hookline.application.service;

import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.domain.event.EventData;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Switches off a subscription whose endpoint is gone or keeps failing, and tells its team with the
 * operational event {@code hookline.subscription.disabled}.
 */
public final class SubscriptionDisabler {

  /** The operational event published when Hookline disables a subscription by itself. */
  public static final EventTypeName DISABLED = new EventTypeName("hookline.subscription.disabled");

  private final SubscriptionRepository subscriptions;
  private final FanOut fanOut;

  public SubscriptionDisabler(SubscriptionRepository subscriptions, FanOut fanOut) {
    this.subscriptions = subscriptions;
    this.fanOut = fanOut;
  }

  /** Disables the subscription if it is still live, and announces it; returns whether it did. */
  public boolean disable(SubscriptionId id, String reason, Instant now) {
    Subscription current = subscriptions.findAllById(List.of(id)).get(id);
    if (current == null || !current.isLive()) {
      return false;
    }
    subscriptions.update(current.disable(reason, now));
    EventData data =
        new EventData(
            JsonText.object(
                Map.of(
                    "subscriptionId", id.toString(),
                    "url", current.settings().url().value(),
                    "reason", reason,
                    "disabledAt", now.toString())));
    fanOut.publish(current.teamId(), DISABLED, data, Optional.empty(), Optional.empty());
    return true;
  }
}
