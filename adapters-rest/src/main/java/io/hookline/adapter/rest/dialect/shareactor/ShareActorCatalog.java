package io.hookline.adapter.rest.dialect.shareactor;

import io.hookline.adapter.rest.dialect.DialectCatalog;
import io.hookline.adapter.rest.dialect.Dialects;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/** The event types the ShareActor document's event type list names. */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.SHAREACTOR, defaultValue = Dialects.ALL)
final class ShareActorCatalog implements DialectCatalog {

  /** The one event type of the document's list, and the one its examples subscribe to. */
  static final String ORDER_CREATED = "order.created";

  @Override
  public String dialect() {
    return "shareactor";
  }

  @Override
  public List<Entry> eventTypes() {
    return List.of(new Entry(ORDER_CREATED, "Order created"));
  }
}
