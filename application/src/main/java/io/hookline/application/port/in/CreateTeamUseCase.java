package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamName;
import java.util.Objects;

/** Creates a team; admins only, names are unique. */
public interface CreateTeamUseCase {

  Team create(CreateTeamCommand command);

  /** The team to create and who asks for it. */
  record CreateTeamCommand(Actor actor, TeamName name) {
    public CreateTeamCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(name);
    }
  }
}
