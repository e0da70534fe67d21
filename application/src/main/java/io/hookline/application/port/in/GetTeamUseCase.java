package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import java.util.Objects;

/** Reads one team; for admins and the team's own members. */
public interface GetTeamUseCase {

  Team get(GetTeamQuery query);

  /** The team to read and who asks. */
  record GetTeamQuery(Actor actor, TeamId teamId) {
    public GetTeamQuery {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
    }
  }
}
