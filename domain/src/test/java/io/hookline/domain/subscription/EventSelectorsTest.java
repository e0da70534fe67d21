package io.hookline.domain.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.domain.common.FieldError;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventSelectorsTest {

  @Test
  void anEmptyListIsRejected() {
    assertThrows(InvalidInputException.class, () -> EventSelectors.parse(List.of()));
  }

  @Test
  void eachBadEntryIsNamedByItsIndexUnderTheField() {
    var validation = new Validation();
    validation.field(
        "eventTypes", () -> EventSelectors.parse(List.of("order.created", "bad name", "x.*.y")));
    var error = assertThrows(InvalidInputException.class, validation::throwIfInvalid);
    assertEquals(
        List.of("eventTypes[1]", "eventTypes[2]"),
        error.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void duplicatesCollapseAndTheGivenOrderIsKept() {
    var selectors = EventSelectors.parse(List.of("b.x", "a.*", "b.x", "*"));
    assertEquals(List.of("b.x", "a.*", "*"), selectors.asStrings());
  }

  @Test
  void onlyExactNamesAreCheckedAgainstTheCatalog() {
    var selectors = EventSelectors.parse(List.of("order.*", "*", "invoice.paid"));
    assertEquals(List.of(new EventTypeName("invoice.paid")), selectors.exactNames());
  }

  @Test
  void namesTheCatalogDoesNotOfferAreRejectedByName() {
    var selectors = EventSelectors.parse(List.of("order.created", "nope", "gone"));
    var offered = Set.of(new EventTypeName("order.created"));
    var error =
        assertThrows(
            InvalidInputException.class, () -> selectors.requireOffered(offered::contains));
    assertEquals("unknown or archived event types 'nope', 'gone'", error.errors().get(0).message());
  }
}
