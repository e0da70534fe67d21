package io.hookline.application.service;

import io.hookline.domain.event.EventData;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.Subscription;
import java.util.Map;

/**
 * Tells a receiver that its subscription was created or updated, for the formats whose receivers
 * expect it: the subscription alone gets a {@code webhook.updated} event about itself.
 */
public final class SubscriptionAnnouncer {

  /** The event a subscription receives about its own creation or change. */
  public static final EventTypeName CHANGED = new EventTypeName("webhook.updated");

  private final DirectDelivery direct;

  public SubscriptionAnnouncer(DirectDelivery direct) {
    this.direct = direct;
  }

  public void changed(Subscription subscription) {
    if (subscription.isLive() && subscription.settings().format().announcesChanges()) {
      direct.send(
          subscription,
          CHANGED,
          new EventData(JsonText.object(Map.of("id", subscription.id().toString()))));
    }
  }
}
