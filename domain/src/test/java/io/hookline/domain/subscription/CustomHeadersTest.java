package io.hookline.domain.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.domain.common.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomHeadersTest {

  @Test
  void ordinaryHeadersAreKept() {
    var headers = new CustomHeaders(Map.of("X-Api-Key", "abc", "X-Tenant", "t 1"));
    assertEquals("abc", headers.values().get("X-Api-Key"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Host",
        "content-length",
        "Content-Type",
        "User-Agent",
        "Authorization",
        "webhook-id",
        "Webhook-Signature",
        "Transfer-Encoding"
      })
  void headersHooklineSetsCannotBeOverridden(String name) {
    var error =
        assertThrows(InvalidInputException.class, () -> new CustomHeaders(Map.of(name, "x")));
    assertEquals(name, error.errors().get(0).field());
    assertEquals("is set by Hookline and cannot be overridden", error.errors().get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bad Name", "X-Ünicode", "a:b", ""})
  void invalidHeaderNamesAreRejected(String name) {
    assertThrows(InvalidInputException.class, () -> new CustomHeaders(Map.of(name, "x")));
  }

  @Test
  void valuesWithLineBreaksAreRejectedSoHeadersCannotBeInjected() {
    assertThrows(
        InvalidInputException.class, () -> new CustomHeaders(Map.of("X-A", "a\r\nX-Evil: 1")));
  }

  @Test
  void atMostTwentyHeadersAreAllowed() {
    Map<String, String> twenty = new HashMap<>();
    for (int i = 0; i < 20; i++) {
      twenty.put("X-H" + i, "v");
    }
    assertEquals(20, new CustomHeaders(twenty).values().size());
    twenty.put("X-H20", "v");
    assertThrows(InvalidInputException.class, () -> new CustomHeaders(twenty));
  }

  @Test
  void theSameNameInTwoCasesIsRejected() {
    var error =
        assertThrows(
            InvalidInputException.class,
            () -> new CustomHeaders(Map.of("X-Key", "a", "x-key", "b")));
    assertEquals("is given more than once", error.errors().get(0).message());
  }
}
