package io.hookline.domain.eventtype;

import io.hookline.domain.common.InvalidInputException;
import java.time.Instant;
import java.util.Objects;

/** An entry of the event catalog; archived types stay known but accept no new subscriptions. */
public final class EventType {

  public static final int MAX_DESCRIPTION = 1000;

  private final EventTypeName name;
  private final String description;
  private final boolean archived;
  private final Instant createdAt;

  private EventType(EventTypeName name, String description, boolean archived, Instant createdAt) {
    this.name = Objects.requireNonNull(name);
    this.description = description == null ? "" : description;
    if (this.description.length() > MAX_DESCRIPTION) {
      throw InvalidInputException.of(
          "description", "must be at most " + MAX_DESCRIPTION + " characters");
    }
    this.archived = archived;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public static EventType define(EventTypeName name, String description, Instant now) {
    return new EventType(name, description, false, now);
  }

  public static EventType reconstitute(
      EventTypeName name, String description, boolean archived, Instant createdAt) {
    return new EventType(name, description, archived, createdAt);
  }

  /** The archived form of this type: existing subscriptions keep it, new ones cannot pick it. */
  public EventType archive() {
    return new EventType(name, description, true, createdAt);
  }

  public boolean isActive() {
    return !archived;
  }

  public EventTypeName name() {
    return name;
  }

  public String description() {
    return description;
  }

  public boolean archived() {
    return archived;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
