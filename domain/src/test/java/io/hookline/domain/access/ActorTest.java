package io.hookline.domain.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.domain.common.AccessDeniedException;
import io.hookline.domain.team.TeamId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActorTest {

  private final TeamId teamA = new TeamId(UUID.randomUUID());
  private final TeamId teamB = new TeamId(UUID.randomUUID());

  @Test
  void anAdminMayActForEveryTeamAndPublishAnywhere() {
    var admin = Actor.admin("ops");
    assertDoesNotThrow(() -> admin.requireTeam(teamA));
    assertDoesNotThrow(() -> admin.requirePublisherFor(teamB));
    assertDoesNotThrow(admin::requireAdmin);
  }

  @Test
  void aMemberIsRefusedOtherTeamsWithTheTeamNamedInTheMessage() {
    var member = Actor.member("alice", teamA);
    assertDoesNotThrow(() -> member.requireTeam(teamA));
    var refusal = assertThrows(AccessDeniedException.class, () -> member.requireTeam(teamB));
    assertEquals("you don't have permission for team " + teamB, refusal.getMessage());
    assertEquals(teamB.toString(), refusal.teamId().orElseThrow());
  }

  @Test
  void publishingNeedsThePublisherRoleAsWellAsTheTeam() {
    assertThrows(
        AccessDeniedException.class, () -> Actor.member("alice", teamA).requirePublisherFor(teamA));
    assertDoesNotThrow(() -> Actor.member("ci", teamA, Role.PUBLISHER).requirePublisherFor(teamA));
    assertThrows(
        AccessDeniedException.class,
        () -> Actor.member("ci", teamA, Role.PUBLISHER).requirePublisherFor(teamB));
  }

  @Test
  void aMemberIsNotAnAdmin() {
    assertThrows(AccessDeniedException.class, () -> Actor.member("alice", teamA).requireAdmin());
  }

  @Test
  void unknownRoleNamesInATokenAreIgnored() {
    assertEquals(Role.PUBLISHER, Role.fromClaim("publisher").orElseThrow());
    assertEquals(true, Role.fromClaim("superuser").isEmpty());
  }
}
