package io.hookline.application.service;

import io.hookline.application.port.in.ListTeamsUseCase;
import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.common.Page;
import io.hookline.domain.team.Team;

/** Lists teams for admins. */
public final class ListTeamsService implements ListTeamsUseCase {

  private final TeamRepository teams;

  public ListTeamsService(TeamRepository teams) {
    this.teams = teams;
  }

  @Override
  public Page<Team> list(ListTeamsQuery query) {
    query.actor().requireAdmin();
    return teams.list(query.page());
  }
}
