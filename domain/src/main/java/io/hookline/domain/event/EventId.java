package io.hookline.domain.event;

import io.hookline.domain.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a published event; receivers see it as {@code webhook-id} on every retry. */
public record EventId(UUID value) {

  public EventId {
    Objects.requireNonNull(value, "event id");
  }

  public static EventId parse(String text) {
    return new EventId(Ids.parse("eventId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
