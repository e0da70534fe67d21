package io.hookline.application.port.out;

import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventId;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where published events are kept, together with the deliveries they fanned out to. */
public interface EventRepository {

  /**
   * Stores the event and all its deliveries in one transaction, then wakes the delivery queue. If
   * the event carries an idempotency key that its team used within {@link
   * io.hookline.domain.event.IdempotencyKey#WINDOW} before the event's creation, nothing is stored
   * and the event first stored under that key is returned instead.
   *
   * @return the event that now stands for this publish: the given one, or the earlier one
   */
  Event append(Event event, List<Delivery> deliveries);

  Optional<Event> findById(TeamId teamId, EventId id);

  /** The team's events, newest first, optionally of one type. */
  Page<Event> list(TeamId teamId, Optional<EventTypeName> type, PageRequest page);

  /** Events by id whatever their team, for the dispatcher; unknown ids are left out. */
  Map<EventId, Event> findAllById(Collection<EventId> ids);
}
