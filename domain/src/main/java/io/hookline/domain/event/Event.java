package io.hookline.domain.event;

import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened in a team's product, published once and delivered to every subscription
 * that wanted it at that moment; {@code fanout} is how many deliveries it produced.
 */
public final class Event {

  private final EventId id;
  private final TeamId teamId;
  private final EventTypeName type;
  private final EventData data;
  private final Optional<ObjectRef> object;
  private final Optional<IdempotencyKey> idempotencyKey;
  private final int fanout;
  private final Instant createdAt;

  private Event(
      EventId id,
      TeamId teamId,
      EventTypeName type,
      EventData data,
      Optional<ObjectRef> object,
      Optional<IdempotencyKey> idempotencyKey,
      int fanout,
      Instant createdAt) {
    this.id = Objects.requireNonNull(id);
    this.teamId = Objects.requireNonNull(teamId);
    this.type = Objects.requireNonNull(type);
    this.data = Objects.requireNonNull(data);
    this.object = Objects.requireNonNull(object);
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
    this.fanout = fanout;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public static Event publish(
      EventId id,
      TeamId teamId,
      EventTypeName type,
      EventData data,
      Optional<ObjectRef> object,
      Optional<IdempotencyKey> idempotencyKey,
      int fanout,
      Instant now) {
    return new Event(id, teamId, type, data, object, idempotencyKey, fanout, now);
  }

  public static Event reconstitute(
      EventId id,
      TeamId teamId,
      EventTypeName type,
      EventData data,
      Optional<ObjectRef> object,
      Optional<IdempotencyKey> idempotencyKey,
      int fanout,
      Instant createdAt) {
    return new Event(id, teamId, type, data, object, idempotencyKey, fanout, createdAt);
  }

  public EventId id() {
    return id;
  }

  public TeamId teamId() {
    return teamId;
  }

  public EventTypeName type() {
    return type;
  }

  public EventData data() {
    return data;
  }

  public Optional<ObjectRef> object() {
    return object;
  }

  public Optional<IdempotencyKey> idempotencyKey() {
    return idempotencyKey;
  }

  public int fanout() {
    return fanout;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
