package io.hookline.adapter.persistence;

import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import io.hookline.domain.team.TeamName;

/** Converts teams to rows of {@code teams} and back. */
final class TeamMapper {

  private TeamMapper() {}

  static TeamRow toRow(Team team) {
    return new TeamRow(
        team.id().value(), team.name().value(), Timestamps.toColumn(team.createdAt()));
  }

  static Team toDomain(TeamRow row) {
    return Team.reconstitute(
        new TeamId(row.id()), new TeamName(row.name()), Timestamps.fromColumn(row.createdAt()));
  }
}
