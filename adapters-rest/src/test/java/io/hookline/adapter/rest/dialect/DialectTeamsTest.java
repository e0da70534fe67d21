package io.hookline.adapter.rest.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.domain.access.Actor;
import io.hookline.domain.access.Role;
import io.hookline.domain.common.AccessDeniedException;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.team.TeamId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DialectTeamsTest {

  private final DialectTeams teams = new DialectTeams();
  private final TeamId a = new TeamId(UUID.randomUUID());
  private final TeamId b = new TeamId(UUID.randomUUID());

  @Test
  void aTokenWithOneTeamActsForThatTeam() {
    assertEquals(a, teams.resolve(Actor.member("m", a), Optional.empty()));
  }

  @Test
  void aTokenWithSeveralTeamsMustNameOneAndIsToldSo() {
    var actor = new Actor("m", Set.of(Role.PUBLISHER), Set.of(a, b));
    var error =
        assertThrows(InvalidInputException.class, () -> teams.resolve(actor, Optional.empty()));
    assertEquals(DialectTeams.HEADER, error.errors().getFirst().field());
    assertTrue(error.getMessage().contains("several teams"));
    assertEquals(b, teams.resolve(actor, Optional.of(b.toString())));
  }

  @Test
  void anAdminWithoutTeamsNamesTheTeamInTheHeader() {
    var admin = Actor.admin("ops");
    var error =
        assertThrows(InvalidInputException.class, () -> teams.resolve(admin, Optional.empty()));
    assertTrue(error.getMessage().contains("X-Hookline-Team"));
    assertEquals(a, teams.resolve(admin, Optional.of(a.toString())));
  }

  @Test
  void theHeaderCannotReachATeamOutsideTheToken() {
    assertThrows(
        AccessDeniedException.class,
        () -> teams.resolve(Actor.member("m", a), Optional.of(b.toString())));
    assertThrows(
        InvalidInputException.class,
        () -> teams.resolve(Actor.member("m", a), Optional.of("not-a-uuid")));
  }

  @Test
  void aDialectIsOnWhenListedOrWhenAllAreAndOffOtherwise() {
    Pattern guid = Pattern.compile(Dialects.GUID);
    assertTrue(guid.matcher("all").matches());
    assertTrue(guid.matcher("challengeme,guid").matches());
    assertTrue(guid.matcher("GUID").matches());
    assertTrue(guid.matcher("guid, screver").matches());
    assertEquals(false, guid.matcher("challengeme,screver").matches());
    assertEquals(false, guid.matcher("guidance").matches());
  }
}
