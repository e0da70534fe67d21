package io.hookline.adapter.rest.dialect.guid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.ObjectFilter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FilterObjectType and FilterObjectGUID as the subscription's object filter, both ways. */
class GuidFilterTest {

  private static final String PACKET = "0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f";

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "None, 00000000-0000-0000-0000-000000000000",
        "none, null",
        "null, null",
        "'', ''",
        "null, 00000000000000000000000000000000"
      })
  void noneAndTheAllZeroGuidMeanNoFilter(String type, String guid) {
    Validation validation = new Validation();
    assertEquals(Optional.empty(), GuidFilter.parse(validation, type, guid));
    validation.throwIfInvalid();
  }

  @ParameterizedTest
  @CsvSource({
    "Packet, 0B5E8F3C-5D1E-4C4F-9A53-0A1B2C3D4E5F",
    "' Packet ', {0b5e8f3c5d1e4c4f9a530a1b2c3d4e5f}"
  })
  void aTypeWithAGuidFiltersOnThatObjectByItsLowerCaseGuid(String type, String guid) {
    Validation validation = new Validation();
    var filter = GuidFilter.parse(validation, type, guid);
    validation.throwIfInvalid();
    assertEquals(Optional.of(new ObjectFilter("Packet", PACKET)), filter);
    assertEquals("Packet", GuidFilter.type(filter));
    assertEquals(PACKET, GuidFilter.guid(filter));
    assertEquals("None", GuidFilter.type(Optional.empty()));
    assertEquals(Guids.ZERO, GuidFilter.guid(Optional.empty()));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "Packet, 00000000-0000-0000-0000-000000000000, FilterObjectGUID",
        "Packet, null, FilterObjectGUID",
        "None, 0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f, FilterObjectType",
        "Packet, not-a-guid, FilterObjectGUID"
      })
  void oneWithoutTheOtherOrABadGuidIsRefusedNamingTheField(String type, String guid, String field) {
    Validation validation = new Validation();
    GuidFilter.parse(validation, type, guid);
    var refused = assertThrows(InvalidInputException.class, validation::throwIfInvalid);
    assertEquals(field, refused.errors().getFirst().field());
  }
}
