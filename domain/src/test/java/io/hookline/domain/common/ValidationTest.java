package io.hookline.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.TeamName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void everyBadFieldIsReportedInOneRejection() {
    var validation = new Validation();
    validation.field("name", () -> new TeamName(" "));
    validation.field("url", () -> new WebhookUrl("ftp://x"));
    var error = assertThrows(InvalidInputException.class, validation::throwIfInvalid);
    assertEquals(
        List.of(
            new FieldError("name", "must not be blank"),
            new FieldError("url", "must be an absolute http or https URL")),
        error.errors());
  }

  @Test
  void goodValuesAreReturnedAndNothingIsThrown() {
    var validation = new Validation();
    var name = validation.field("name", () -> new TeamName("  acme "));
    validation.throwIfInvalid();
    assertEquals("acme", name.value());
  }

  @Test
  void pageLimitsOutside1To250AreRejected() {
    assertThrows(InvalidInputException.class, () -> PageRequest.of(0, null));
    assertThrows(InvalidInputException.class, () -> PageRequest.of(251, null));
    assertEquals(50, PageRequest.of(null, null).limit());
  }
}
