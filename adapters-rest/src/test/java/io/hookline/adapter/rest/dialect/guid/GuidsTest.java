package io.hookline.adapter.rest.dialect.guid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.domain.common.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GUIDs in requests are read as the .NET server behind the document read them. */
class GuidsTest {

  private static final UUID PACKET = UUID.fromString("0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f",
        "0B5E8F3C-5D1E-4C4F-9A53-0A1B2C3D4E5F",
        "0b5e8f3c5d1e4c4f9a530a1b2c3d4e5f",
        "{0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f}",
        "(0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f)",
        " 0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f "
      })
  void aGuidIsReadInEveryFormThatDotNetParses(String text) {
    assertEquals(PACKET, Guids.parse(text));
    assertEquals("0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f", Guids.format(Guids.parse(text)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "string",
        "0-0-0-0-0",
        "0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5",
        "0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5g",
        "0b5e8f3c5d1e-4c4f-9a53-0a1b2c3d4e5f0",
        "{0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f"
      })
  void anythingElseIsRefusedAsInvalidInput(String text) {
    assertThrows(InvalidInputException.class, () -> Guids.parse(text));
  }
}
