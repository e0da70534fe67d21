package io.hookline.domain.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.domain.common.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypeNameTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "submittedChallenge",
        "code_challenge.created",
        "order.created",
        "optionSelected",
        "PacketCreated",
        "a",
        "user:rank-upgraded"
      })
  void namesFromEverySeedCatalogAreAccepted(String name) {
    assertEquals(name, new EventTypeName(name).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1order", ".created", "order created", "order/created", "*"})
  void namesThatDoNotStartWithALetterOrHoldOtherCharactersAreRejected(String name) {
    var error = assertThrows(InvalidInputException.class, () -> new EventTypeName(name));
    assertEquals(1, error.errors().size());
  }

  @ParameterizedTest
  @ValueSource(ints = {128, 129})
  void namesAreLimitedTo128Characters(int length) {
    String name = "a".repeat(length);
    if (length == 128) {
      assertEquals(name, new EventTypeName(name).value());
    } else {
      assertThrows(InvalidInputException.class, () -> new EventTypeName(name));
    }
  }

  @org.junit.jupiter.api.Test
  void anArchivedTypeIsNoLongerActiveButKeepsItsDescription() {
    var type =
        EventType.define(new EventTypeName("order.created"), "An order", java.time.Instant.EPOCH);
    var archived = type.archive();
    assertEquals(false, archived.isActive());
    assertEquals("An order", archived.description());
    assertEquals(true, type.isActive());
  }
}
