package io.hookline.application.service;

import io.hookline.application.port.in.ListEventsUseCase;
import io.hookline.application.port.out.EventRepository;
import io.hookline.domain.common.Page;
import io.hookline.domain.event.Event;

/** Lists a team's events. */
public final class ListEventsService implements ListEventsUseCase {

  private final TeamAccess teamAccess;
  private final EventRepository events;

  public ListEventsService(TeamAccess teamAccess, EventRepository events) {
    this.teamAccess = teamAccess;
    this.events = events;
  }

  @Override
  public Page<Event> list(ListEventsQuery query) {
    teamAccess.require(query.actor(), query.teamId());
    return events.list(query.teamId(), query.type(), query.page());
  }
}
