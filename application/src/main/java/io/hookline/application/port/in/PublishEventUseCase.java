package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.event.IdempotencyKey;
import io.hookline.domain.event.ObjectRef;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/**
 * Accepts an event and fans it out: the event and one delivery per matching subscription are stored
 * together before this returns, so an accepted event is never lost.
 */
public interface PublishEventUseCase {

  /** The stored event; {@link Event#fanout()} is the number of deliveries it produced. */
  Event publish(PublishEventCommand command);

  /** What to publish, for which team, and who asks (admin, or publisher of the team). */
  record PublishEventCommand(
      Actor actor,
      TeamId teamId,
      EventTypeName type,
      EventData data,
      Optional<ObjectRef> object,
      Optional<IdempotencyKey> idempotencyKey) {
    public PublishEventCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(type);
      Objects.requireNonNull(data);
      Objects.requireNonNull(object);
      Objects.requireNonNull(idempotencyKey);
    }
  }
}
