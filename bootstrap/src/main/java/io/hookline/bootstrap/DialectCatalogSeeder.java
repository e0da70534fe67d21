package io.hookline.bootstrap;

import io.hookline.adapter.rest.dialect.DialectCatalog;
import io.hookline.application.port.in.CreateEventTypeUseCase;
import io.hookline.application.port.in.CreateEventTypeUseCase.CreateEventTypeCommand;
import io.hookline.application.port.in.ListEventTypesUseCase;
import io.hookline.application.port.in.ListEventTypesUseCase.ListEventTypesQuery;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, adds to the catalog the event types that the enabled dialects' clients expect;
 * entries that exist (archived ones included) are left as they are.
 */
@Singleton
final class DialectCatalogSeeder implements ApplicationEventListener<StartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(DialectCatalogSeeder.class);
  private static final Actor SYSTEM = Actor.admin("hookline");

  private final List<DialectCatalog> catalogs;
  private final ListEventTypesUseCase list;
  private final CreateEventTypeUseCase create;

  DialectCatalogSeeder(
      List<DialectCatalog> catalogs, ListEventTypesUseCase list, CreateEventTypeUseCase create) {
    this.catalogs = catalogs;
    this.list = list;
    this.create = create;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    if (catalogs.isEmpty()) {
      return;
    }
    Set<String> known =
        list.list(new ListEventTypesQuery(SYSTEM, true)).stream()
            .map(EventType::name)
            .map(EventTypeName::value)
            .collect(Collectors.toSet());
    for (DialectCatalog catalog : catalogs) {
      for (DialectCatalog.Entry entry : catalog.eventTypes()) {
        if (known.add(entry.name())) {
          add(catalog.dialect(), entry);
        }
      }
    }
  }

  private void add(String dialect, DialectCatalog.Entry entry) {
    try {
      create.create(
          new CreateEventTypeCommand(SYSTEM, new EventTypeName(entry.name()), entry.description()));
      LOG.info("Added event type {} for the {} dialect", entry.name(), dialect);
    } catch (ConflictException addedMeanwhile) {
      LOG.debug("Event type {} was added by another instance", entry.name());
    }
  }
}
