package io.hookline.application.service;

import io.hookline.application.port.in.PublishEventUseCase;
import io.hookline.domain.event.Event;

/** Publishes events for admins and the team's publishers, to every subscription that wants them. */
public final class PublishEventService implements PublishEventUseCase {

  private final TeamAccess teamAccess;
  private final EventTypeCatalog catalog;
  private final FanOut fanOut;

  public PublishEventService(TeamAccess teamAccess, EventTypeCatalog catalog, FanOut fanOut) {
    this.teamAccess = teamAccess;
    this.catalog = catalog;
    this.fanOut = fanOut;
  }

  @Override
  public Event publish(PublishEventCommand command) {
    command.actor().requirePublisherFor(command.teamId());
    teamAccess.require(command.actor(), command.teamId());
    catalog.requireOffered("type", command.type());
    return fanOut.publish(
        command.teamId(),
        command.type(),
        command.data(),
        command.object(),
        command.idempotencyKey());
  }
}
