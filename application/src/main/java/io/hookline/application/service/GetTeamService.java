package io.hookline.application.service;

import io.hookline.application.port.in.GetTeamUseCase;
import io.hookline.domain.team.Team;

/** Reads a team for its members and for admins. */
public final class GetTeamService implements GetTeamUseCase {

  private final TeamAccess access;

  public GetTeamService(TeamAccess access) {
    this.access = access;
  }

  @Override
  public Team get(GetTeamQuery query) {
    return access.require(query.actor(), query.teamId());
  }
}
