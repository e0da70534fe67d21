package io.hookline.adapter.delivery.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  @Test
  void deltaSecondsAreThatManySeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("0", NOW));
  }

  @Test
  void anHttpDateIsTheTimeUntilThen() {
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse("Sun, 01 Jun 2025 12:01:30 GMT", NOW));
  }

  @Test
  void anHttpDateInThePastMeansNoWait() {
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Sun, 01 Jun 2025 11:00:00 GMT", NOW));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "soon", "-5", "1.5", "99999999999999999999999", "2025-06-01T12:01:30Z"})
  void anythingElseIsIgnored(String value) {
    assertEquals(Optional.empty(), RetryAfter.parse(value, NOW));
  }

  @Test
  void noHeaderMeansNoWait() {
    assertEquals(Optional.empty(), RetryAfter.parse(Optional.empty(), NOW));
  }
}
