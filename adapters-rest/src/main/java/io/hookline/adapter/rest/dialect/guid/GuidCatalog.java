package io.hookline.adapter.rest.dialect.guid;

import io.hookline.adapter.rest.dialect.DialectCatalog;
import io.hookline.adapter.rest.dialect.Dialects;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/** The event types the GUID WebHookSubscription document names: {@code PacketCreated}. */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.GUID, defaultValue = Dialects.ALL)
final class GuidCatalog implements DialectCatalog {

  /** The one webhook the document names. */
  static final String PACKET_CREATED = "PacketCreated";

  @Override
  public String dialect() {
    return "guid";
  }

  @Override
  public List<Entry> eventTypes() {
    return List.of(
        new Entry(PACKET_CREATED, "a packet was created (GUID WebHookSubscription API, seed 001)"));
  }
}
