package io.hookline.domain.common;

import java.util.Optional;

/** The caller is authenticated but may not do this: act for another team or without a role. */
public final class AccessDeniedException extends DomainException {

  private final String teamId;

  private AccessDeniedException(String message, String teamId) {
    super(message);
    this.teamId = teamId;
  }

  public static AccessDeniedException forTeam(Object teamId) {
    return new AccessDeniedException(
        "you don't have permission for team " + teamId, String.valueOf(teamId));
  }

  public static AccessDeniedException missingRole(String... roles) {
    return new AccessDeniedException(
        "this operation needs the role " + String.join(" or ", roles), null);
  }

  /** The team the caller tried to act for, when the refusal is about a team. */
  public Optional<String> teamId() {
    return Optional.ofNullable(teamId);
  }
}
