package io.hookline.application.service;

import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;

/**
 * The check every team-scoped use case starts with: may the actor act here, does the team exist.
 */
public final class TeamAccess {

  private final TeamRepository teams;

  public TeamAccess(TeamRepository teams) {
    this.teams = teams;
  }

  /** The team, once the actor is allowed to act for it; a refusal comes before a 404. */
  public Team require(Actor actor, TeamId teamId) {
    actor.requireTeam(teamId);
    return teams.findById(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
  }
}
