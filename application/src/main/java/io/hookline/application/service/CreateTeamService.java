package io.hookline.application.service;

import io.hookline.application.port.in.CreateTeamUseCase;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import java.time.Clock;

/** Creates teams for admins. */
public final class CreateTeamService implements CreateTeamUseCase {

  private final TeamRepository teams;
  private final IdGenerator ids;
  private final Clock clock;

  public CreateTeamService(TeamRepository teams, IdGenerator ids, Clock clock) {
    this.teams = teams;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Team create(CreateTeamCommand command) {
    command.actor().requireAdmin();
    Team team = Team.create(new TeamId(ids.next()), command.name(), clock.instant());
    teams.add(team);
    return team;
  }
}
