package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.event.Event;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/** Lists a team's published events, newest first, optionally of one type. */
public interface ListEventsUseCase {

  Page<Event> list(ListEventsQuery query);

  /** The team, an optional type, which page, and who asks. */
  record ListEventsQuery(
      Actor actor, TeamId teamId, Optional<EventTypeName> type, PageRequest page) {
    public ListEventsQuery {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(type);
      Objects.requireNonNull(page);
    }
  }
}
