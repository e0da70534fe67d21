package io.hookline.domain.team;

import java.time.Instant;
import java.util.Objects;

/** A team: the tenant whose members subscribe endpoints and publish events. */
public final class Team {

  private final TeamId id;
  private final TeamName name;
  private final Instant createdAt;

  private Team(TeamId id, TeamName name, Instant createdAt) {
    this.id = Objects.requireNonNull(id);
    this.name = Objects.requireNonNull(name);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public static Team create(TeamId id, TeamName name, Instant now) {
    return new Team(id, name, now);
  }

  public static Team reconstitute(TeamId id, TeamName name, Instant createdAt) {
    return new Team(id, name, createdAt);
  }

  public TeamId id() {
    return id;
  }

  public TeamName name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
