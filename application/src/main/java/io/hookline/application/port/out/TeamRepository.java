package io.hookline.application.port.out;

import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import java.util.Optional;

/** Where teams are kept. */
public interface TeamRepository {

  /**
   * Stores a new team.
   *
   * @throws io.hookline.domain.common.ConflictException if a team with that name exists
   */
  void add(Team team);

  Optional<Team> findById(TeamId id);

  /** Teams in a stable order (oldest first), one page at a time. */
  Page<Team> list(PageRequest page);
}
