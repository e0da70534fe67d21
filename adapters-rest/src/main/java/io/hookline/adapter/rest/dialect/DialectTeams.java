package io.hookline.adapter.rest.dialect;

import io.hookline.domain.access.Actor;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.team.TeamId;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which team a dialect request acts for, when the dialect's paths do not name one: the single team
 * in the token's {@code teams} claim, or the team named in the {@value #HEADER} header (which an
 * admin token without teams, or a token with several, must send).
 */
@Singleton
public final class DialectTeams {

  /** The header that names the team when the token alone does not. */
  public static final String HEADER = "X-Hookline-Team";

  /**
   * The team to act for.
   *
   * @throws InvalidInputException naming the problem when no single team can be told
   * @throws io.hookline.domain.common.AccessDeniedException when the header names a team the token
   *     may not act for
   */
  public TeamId resolve(Actor actor, Optional<String> header) {
    Optional<String> named = header.map(String::strip).filter(h -> !h.isEmpty());
    if (named.isPresent()) {
      TeamId team = parse(named.orElseThrow());
      actor.requireTeam(team);
      return team;
    }
    if (actor.teams().size() == 1) {
      return actor.teams().iterator().next();
    }
    if (actor.teams().size() > 1) {
      throw InvalidInputException.of(
          HEADER,
          "this token may act for several teams ("
              + actor.teams().stream()
                  .map(TeamId::toString)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + "); name the one you mean in the "
              + HEADER
              + " header");
    }
    if (actor.isAdmin()) {
      throw InvalidInputException.of(
          HEADER, "an admin token without teams must name the team in the " + HEADER + " header");
    }
    throw InvalidInputException.of(
        HEADER, "this token names no team in its teams claim, so it cannot act for any team");
  }

  private static TeamId parse(String text) {
    try {
      return TeamId.parse(text);
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(HEADER, "must be a team id (a UUID)");
    }
  }
}
