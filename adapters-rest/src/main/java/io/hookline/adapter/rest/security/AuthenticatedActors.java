package io.hookline.adapter.rest.security;

import io.hookline.domain.access.Actor;
import io.hookline.domain.access.Role;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.team.TeamId;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a validated token into the domain's {@link Actor}: {@code sub} is the subject, the {@code
 * roles} array gives the roles Hookline knows (others are ignored), and the {@code teams} array of
 * team ids the teams; a token without subject or with a malformed teams claim is refused with 401.
 */
@Singleton
public final class AuthenticatedActors {

  /** The claim that lists the teams a token may act for. */
  public static final String TEAMS_CLAIM = "teams";

  public Actor of(Authentication authentication) {
    String subject = authentication.getName();
    if (subject == null || subject.isBlank()) {
      throw invalidToken("it has no sub claim");
    }
    return new Actor(subject, roles(authentication.getRoles()), teams(authentication));
  }

  private static Set<Role> roles(Collection<String> claims) {
    Set<Role> roles = new HashSet<>();
    for (String claim : claims) {
      Role.fromClaim(claim).ifPresent(roles::add);
    }
    return roles;
  }

  private static Set<TeamId> teams(Authentication authentication) {
    Object claim = authentication.getAttributes().get(TEAMS_CLAIM);
    if (claim == null) {
      return Set.of();
    }
    if (!(claim instanceof Collection<?> values)) {
      throw invalidToken("its teams claim must be an array of team ids");
    }
    Set<TeamId> teams = new HashSet<>();
    for (Object value : values) {
      teams.add(
          teamId(value).orElseThrow(() -> invalidToken("its teams claim holds '" + value + "'")));
    }
    return teams;
  }

  private static Optional<TeamId> teamId(Object value) {
    if (!(value instanceof String text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(TeamId.parse(text));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  private static HttpStatusException invalidToken(String problem) {
    return new HttpStatusException(
        HttpStatus.UNAUTHORIZED, "the bearer token is not valid for Hookline: " + problem);
  }
}
