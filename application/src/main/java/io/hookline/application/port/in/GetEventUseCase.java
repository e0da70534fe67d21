package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventId;
import io.hookline.domain.team.TeamId;
import java.util.Objects;

/** Reads one published event of a team. */
public interface GetEventUseCase {

  Event get(GetEventQuery query);

  /** The event, its team, and who asks. */
  record GetEventQuery(Actor actor, TeamId teamId, EventId eventId) {
    public GetEventQuery {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(eventId);
    }
  }
}
