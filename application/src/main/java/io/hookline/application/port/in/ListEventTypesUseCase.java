package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.eventtype.EventType;
import java.util.List;
import java.util.Objects;

/** Lists the event catalog, by name; any authenticated caller. */
public interface ListEventTypesUseCase {

  List<EventType> list(ListEventTypesQuery query);

  /** Whether archived types are included, and who asks. */
  record ListEventTypesQuery(Actor actor, boolean includeArchived) {
    public ListEventTypesQuery {
      Objects.requireNonNull(actor);
    }
  }
}
