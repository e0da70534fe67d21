package io.hookline.application.service;

import io.hookline.application.port.in.SendTestEventUseCase;
import io.hookline.domain.event.EventData;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.Map;

/** Sends a test event to one subscription, bypassing its selectors. */
public final class SendTestEventService implements SendTestEventUseCase {

  /** The type of test events when none is asked for. */
  public static final EventTypeName PING = new EventTypeName("hookline.ping");

  private final SubscriptionAccess access;
  private final EventTypeCatalog catalog;
  private final DirectDelivery direct;

  public SendTestEventService(
      SubscriptionAccess access, EventTypeCatalog catalog, DirectDelivery direct) {
    this.access = access;
    this.catalog = catalog;
    this.direct = direct;
  }

  @Override
  public TestEventSent send(SendTestEventCommand command) {
    var subscription = access.require(command.actor(), command.teamId(), command.subscriptionId());
    EventTypeName type = command.type().orElse(PING);
    if (command.type().isPresent()) {
      catalog.requireOffered("eventType", type);
    }
    EventData data =
        new EventData(
            JsonText.object(
                Map.of(
                    "message",
                    "This is a test event from Hookline",
                    "subscriptionId",
                    subscription.id().toString())));
    return direct.send(subscription, type, data);
  }
}
