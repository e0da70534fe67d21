package io.hookline.application.service;

import io.hookline.application.port.in.GetEventUseCase;
import io.hookline.application.port.out.EventRepository;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.event.Event;

/** Reads one event of a team. */
public final class GetEventService implements GetEventUseCase {

  private final TeamAccess teamAccess;
  private final EventRepository events;

  public GetEventService(TeamAccess teamAccess, EventRepository events) {
    this.teamAccess = teamAccess;
    this.events = events;
  }

  @Override
  public Event get(GetEventQuery query) {
    teamAccess.require(query.actor(), query.teamId());
    return events
        .findById(query.teamId(), query.eventId())
        .orElseThrow(() -> new NotFoundException("event", query.eventId()));
  }
}
