package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.common.FieldError;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import io.hookline.domain.team.TeamName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link TeamRepository} must do, run against each database. */
abstract class TeamRepositoryContract extends DatabaseSuite {

  private static final String GREATEST_UUID = "ffffffff-ffff-ffff-ffff-ffffffffffff";

  private TeamRepository teams;
  private IdGenerator ids;

  @BeforeEach
  void resolveBeans() {
    teams = bean(TeamRepository.class);
    ids = bean(IdGenerator.class);
  }

  @Test
  void aTeamReadsBackWithItsIdNameAndCreationTime() {
    Team team = Fixtures.team(ids);

    teams.add(team);

    Team found = teams.findById(team.id()).orElseThrow();
    assertEquals(team.id(), found.id());
    assertEquals(team.name(), found.name());
    assertEquals(Timestamps.stored(team.createdAt()), found.createdAt());
  }

  @Test
  void anUnknownTeamIsNotFound() {
    assertEquals(Optional.empty(), teams.findById(new TeamId(UUID.randomUUID())));
  }

  @Test
  void aSecondTeamWithATakenNameIsAConflictThatNamesIt() {
    Team first = Fixtures.team(ids);
    teams.add(first);
    Team second = Team.create(new TeamId(ids.next()), first.name(), Fixtures.NOW);

    ConflictException conflict = assertThrows(ConflictException.class, () -> teams.add(second));

    assertEquals("a team named '" + first.name() + "' already exists", conflict.getMessage());
    assertEquals(Optional.empty(), teams.findById(second.id()));
  }

  @Test
  void teamsArePagedOldestFirstAndTheNextPageContinuesWithoutOverlap() {
    Team marker = add();
    List<TeamId> created = List.of(add().id(), add().id(), add().id());

    Page<Team> first = teams.list(new PageRequest(2, Optional.of(marker.id().toString())));
    Page<Team> second = teams.list(new PageRequest(2, first.nextCursor()));

    assertEquals(created.subList(0, 2), idsOf(first));
    assertEquals(Optional.of(created.get(1).toString()), first.nextCursor());
    assertEquals(created.get(2), idsOf(second).getFirst());
  }

  @Test
  void aCursorPastTheNewestTeamGivesAnEmptyLastPage() {
    add();

    Page<Team> last = teams.list(new PageRequest(5, Optional.of(GREATEST_UUID)));

    assertEquals(List.of(), last.items());
    assertEquals(Optional.empty(), last.nextCursor());
  }

  /** The tests run in Europe/Berlin (see the pom), where 02:30 came twice on 2024-10-27. */
  @Test
  void aCreationTimeInTheRepeatedHourOfADaylightSavingChangeReadsBackUnchanged() {
    Instant secondTwoThirty = Instant.parse("2024-10-27T01:30:00Z");
    Team team =
        Team.create(
            new TeamId(ids.next()), new TeamName(Fixtures.unique("team ")), secondTwoThirty);

    teams.add(team);

    assertEquals(secondTwoThirty, teams.findById(team.id()).orElseThrow().createdAt());
  }

  @Test
  void theFirstPageListsTeamsInAscendingIdOrder() {
    add();
    add();

    List<TeamId> page = idsOf(teams.list(PageRequest.first(PageRequest.MAX_LIMIT)));

    assertTrue(page.size() >= 2, "the first page holds the teams just added or older ones");
    for (int i = 1; i < page.size(); i++) {
      String previous = page.get(i - 1).toString();
      assertTrue(previous.compareTo(page.get(i).toString()) < 0, "ids ascend: " + page);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-a-cursor", "1-2-3-4-5", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"})
  void aMalformedCursorIsRejectedAsInvalidInput(String cursor) {
    InvalidInputException rejection =
        assertThrows(
            InvalidInputException.class,
            () -> teams.list(new PageRequest(10, Optional.of(cursor))));

    assertEquals(List.of(new FieldError("cursor", "is not a valid cursor")), rejection.errors());
  }

  private Team add() {
    Team team = Fixtures.team(ids);
    teams.add(team);
    return team;
  }

  private static List<TeamId> idsOf(Page<Team> page) {
    return page.items().stream().map(Team::id).toList();
  }
}
