package io.hookline.domain.access;

import io.hookline.domain.common.AccessDeniedException;
import io.hookline.domain.team.TeamId;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of a use case, and the policy of what it may do: admins act for every
 * team, others only for the teams their token names; publishing needs {@code publisher} too.
 */
public record Actor(String subject, Set<Role> roles, Set<TeamId> teams) {

  public Actor {
    Objects.requireNonNull(subject, "subject");
    roles = Set.copyOf(roles);
    teams = Set.copyOf(teams);
  }

  public static Actor admin(String subject) {
    return new Actor(subject, Set.of(Role.ADMIN), Set.of());
  }

  public static Actor member(String subject, TeamId team, Role... roles) {
    return new Actor(subject, Set.of(roles), Set.of(team));
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  public boolean mayActFor(TeamId team) {
    return isAdmin() || teams.contains(team);
  }

  public void requireAdmin() {
    if (!isAdmin()) {
      throw AccessDeniedException.missingRole(Role.ADMIN.claimName());
    }
  }

  public void requireTeam(TeamId team) {
    if (!mayActFor(team)) {
      throw AccessDeniedException.forTeam(team);
    }
  }

  /** Publishing to a team needs the team and the {@code publisher} role, or {@code admin}. */
  public void requirePublisherFor(TeamId team) {
    requireTeam(team);
    if (!isAdmin() && !roles.contains(Role.PUBLISHER)) {
      throw AccessDeniedException.missingRole(Role.ADMIN.claimName(), Role.PUBLISHER.claimName());
    }
  }
}
