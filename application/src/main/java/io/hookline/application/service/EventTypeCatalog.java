package io.hookline.application.service;

import io.hookline.application.port.out.EventTypeRepository;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;

/** Checks event types against the catalog: only known, unarchived types may be used. */
public final class EventTypeCatalog {

  private final EventTypeRepository eventTypes;

  public EventTypeCatalog(EventTypeRepository eventTypes) {
    this.eventTypes = eventTypes;
  }

  public boolean offers(EventTypeName name) {
    return eventTypes.findByName(name).map(EventType::isActive).orElse(false);
  }

  /** Rejects a type the catalog does not offer, naming the request field it came from. */
  public void requireOffered(String field, EventTypeName name) {
    if (!offers(name)) {
      throw InvalidInputException.of(field, "unknown or archived event type '" + name + "'");
    }
  }
}
