package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.application.port.out.EventTypeRepository;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventTypeRepository} must do, run against each database. */
abstract class EventTypeRepositoryContract extends DatabaseSuite {

  private EventTypeRepository eventTypes;

  @BeforeEach
  void resolveBeans() {
    eventTypes = bean(EventTypeRepository.class);
  }

  @Test
  void anEventTypeReadsBackWithItsDescriptionAndCreationTime() {
    EventType type = Fixtures.eventType(Fixtures.unique("order") + ".created", "An order was made");

    eventTypes.add(type);

    EventType found = eventTypes.findByName(type.name()).orElseThrow();
    assertEquals(type.name(), found.name());
    assertEquals("An order was made", found.description());
    assertFalse(found.archived());
    assertEquals(Timestamps.stored(type.createdAt()), found.createdAt());
  }

  @Test
  void theLongestAllowedNameAndDescriptionAreKeptWhole() {
    String name = Fixtures.unique("n") + ".".repeat(128 - 33);
    String description = "ü".repeat(EventType.MAX_DESCRIPTION);
    EventType type = Fixtures.eventType(name, description);

    eventTypes.add(type);

    EventType found = eventTypes.findByName(new EventTypeName(name)).orElseThrow();
    assertEquals(128, found.name().value().length());
    assertEquals(description, found.description());
  }

  @Test
  void anUnknownNameIsNotFound() {
    EventTypeName unknown = new EventTypeName(Fixtures.unique("never") + ".defined");

    assertEquals(Optional.empty(), eventTypes.findByName(unknown));
  }

  @Test
  void aSecondEventTypeWithATakenNameIsAConflictThatNamesIt() {
    String name = Fixtures.unique("order") + ".created";
    eventTypes.add(Fixtures.eventType(name, "first"));

    ConflictException conflict =
        assertThrows(
            ConflictException.class, () -> eventTypes.add(Fixtures.eventType(name, "second")));

    assertEquals("an event type named '" + name + "' already exists", conflict.getMessage());
    assertEquals(
        "first", eventTypes.findByName(new EventTypeName(name)).orElseThrow().description());
  }

  @Test
  void anArchivedEventTypeReadsBackArchivedWithItsDescription() {
    EventType type = Fixtures.eventType(Fixtures.unique("order") + ".shipped", "Shipped");
    eventTypes.add(type);

    eventTypes.update(type.archive());

    EventType found = eventTypes.findByName(type.name()).orElseThrow();
    assertTrue(found.archived());
    assertEquals("Shipped", found.description());
    assertEquals(Timestamps.stored(type.createdAt()), found.createdAt());
  }

  @Test
  void theCatalogIsListedByNameInCodePointOrderWithArchivedTypesIncluded() {
    String prefix = Fixtures.unique("c");
    for (String suffix : List.of("_c", ".b", ".C", ".a")) {
      eventTypes.add(Fixtures.eventType(prefix + suffix, ""));
    }
    eventTypes.update(Fixtures.eventType(prefix + ".b", "").archive());

    List<String> names = eventTypes.listAll().stream().map(t -> t.name().value()).toList();

    List<String> ours = names.stream().filter(n -> n.startsWith(prefix)).toList();
    assertEquals(List.of(prefix + ".C", prefix + ".a", prefix + ".b", prefix + "_c"), ours);
    assertEquals(names.stream().sorted().toList(), names);
  }
}
