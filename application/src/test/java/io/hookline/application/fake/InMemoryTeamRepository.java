package io.hookline.application.fake;

import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Team repository fake for service and REST tests. */
public final class InMemoryTeamRepository implements TeamRepository {

  private final Map<String, Team> teams = new ConcurrentSkipListMap<>();

  @Override
  public synchronized void add(Team team) {
    if (teams.values().stream().anyMatch(t -> t.name().equals(team.name()))) {
      throw new ConflictException("team", "a team named '" + team.name() + "' already exists");
    }
    teams.put(team.id().toString(), team);
  }

  @Override
  public Optional<Team> findById(TeamId id) {
    return Optional.ofNullable(teams.get(id.toString()));
  }

  @Override
  public Page<Team> list(PageRequest page) {
    return Pages.of(teams, page);
  }
}
