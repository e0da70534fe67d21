package io.hookline.domain.team;

import io.hookline.domain.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a team, the unit that owns subscriptions and events. */
public record TeamId(UUID value) {

  public TeamId {
    Objects.requireNonNull(value, "team id");
  }

  public static TeamId parse(String text) {
    return new TeamId(Ids.parse("teamId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
