package io.hookline.adapter.persistence;

import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps teams in the {@code teams} table; the unique name constraint decides conflicts. */
@Singleton
public final class JdbcTeamRepository implements TeamRepository {

  private final TeamRowRepository rows;

  JdbcTeamRepository(TeamRowRepository rows) {
    this.rows = rows;
  }

  @Override
  public void add(Team team) {
    UniqueKeys.insert(
        () -> rows.save(TeamMapper.toRow(team)),
        () -> new ConflictException("team", "a team named '" + team.name() + "' already exists"));
  }

  @Override
  public Optional<Team> findById(TeamId id) {
    return rows.findById(id.value()).map(TeamMapper::toDomain);
  }

  @Override
  public Page<Team> list(PageRequest page) {
    Optional<UUID> after = KeysetPages.after(page);
    Pageable fetch = KeysetPages.fetch(page);
    List<TeamRow> found =
        after.isPresent()
            ? rows.findByIdGreaterThanOrderById(after.get(), fetch)
            : rows.listOrderById(fetch);
    return KeysetPages.page(found, page, TeamRow::id, TeamMapper::toDomain);
  }
}
