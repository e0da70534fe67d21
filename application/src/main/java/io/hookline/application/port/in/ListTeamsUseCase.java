package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.team.Team;
import java.util.Objects;

/** Lists every team, page by page; admins only. */
public interface ListTeamsUseCase {

  Page<Team> list(ListTeamsQuery query);

  /** Which page of teams, and who asks. */
  record ListTeamsQuery(Actor actor, PageRequest page) {
    public ListTeamsQuery {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(page);
    }
  }
}
