package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.Objects;

/** Archives a catalog entry: new subscriptions and events can no longer use it; admins only. */
public interface ArchiveEventTypeUseCase {

  void archive(ArchiveEventTypeCommand command);

  /** The type to archive and who asks. */
  record ArchiveEventTypeCommand(Actor actor, EventTypeName name) {
    public ArchiveEventTypeCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(name);
    }
  }
}
