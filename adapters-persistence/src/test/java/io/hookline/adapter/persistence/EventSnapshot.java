package io.hookline.adapter.persistence;

import io.hookline.domain.event.Event;
import io.hookline.domain.event.IdempotencyKey;
import io.hookline.domain.event.ObjectRef;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Every field of an event in a comparable form, at the precision the adapter stores. */
record EventSnapshot(
    UUID id,
    UUID teamId,
    String type,
    String data,
    Optional<ObjectRef> object,
    Optional<String> idempotencyKey,
    int fanout,
    Instant createdAt) {

  static EventSnapshot of(Event event) {
    return new EventSnapshot(
        event.id().value(),
        event.teamId().value(),
        event.type().value(),
        event.data().json(),
        event.object(),
        event.idempotencyKey().map(IdempotencyKey::value),
        event.fanout(),
        Timestamps.stored(event.createdAt()));
  }
}
