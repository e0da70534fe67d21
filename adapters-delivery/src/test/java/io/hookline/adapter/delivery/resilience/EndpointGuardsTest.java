package io.hookline.adapter.delivery.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.AttemptResult.Responded;
import io.hookline.domain.delivery.AttemptResult.TransportFailure;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointGuardsTest {

  private static final URI TARGET = URI.create("https://hooks.example.com/in");
  private static final Duration OPEN = Duration.ofMinutes(1);

  private final EndpointGuards guards =
      new EndpointGuards(new CircuitBreakerSettings(4, 4, 50f, OPEN, 1), 2, 8, Clock.systemUTC());

  private static Responded status(int code) {
    return new Responded(code, "", Duration.ofMillis(3), Optional.empty());
  }

  private void attempt(URI target, AttemptResult result) {
    Admission.Granted permit = assertInstanceOf(Admission.Granted.class, guards.admit(target));
    permit.complete(result, Duration.ofMillis(3));
  }

  @ParameterizedTest(name = "{0} belongs to {1}")
  @CsvSource({
    "https://Hooks.Example.com/in?x=1, https://hooks.example.com:443",
    "http://hooks.example.com/in, http://hooks.example.com:80",
    "http://hooks.example.com:8080/a/b, http://hooks.example.com:8080",
    "'http://[::1]:9000/', 'http://[::1]:9000'"
  })
  void anEndpointIsTheSchemeHostAndPortOfTheUrl(String url, String endpoint) {
    assertEquals(endpoint, EndpointGuards.endpointOf(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 204, 302, 400, 404, 410, 422})
  void answersThatAreNotTheEndpointsFaultNeverOpenTheCircuit(int code) {
    for (int i = 0; i < 20; i++) {
      attempt(TARGET, status(code));
    }

    assertEquals(0, guards.openCircuits());
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504, 0})
  void serverErrorsTooManyRequestsAndTransportFailuresOpenTheCircuit(int code) {
    AttemptResult failure =
        code == 0 ? new TransportFailure("connection refused", Duration.ofMillis(1)) : status(code);
    for (int i = 0; i < 4; i++) {
      attempt(TARGET, failure);
    }
    Instant refusedAt = Instant.now();

    Admission.Refused refused = assertInstanceOf(Admission.Refused.class, guards.admit(TARGET));

    assertEquals("circuit open for https://hooks.example.com:443", refused.result().reason());
    Duration remaining = Duration.between(refusedAt, refused.result().retryAt());
    assertTrue(remaining.compareTo(OPEN.minusSeconds(5)) > 0 && remaining.compareTo(OPEN) <= 0);
    assertEquals(1, guards.openCircuits());
    assertInstanceOf(
        Admission.Granted.class, guards.admit(URI.create("https://other.example.com/")));
  }

  @Test
  void aFullEndpointLetsRequestsWaitInLineInOrderAndRefusesWhenTheLineIsFull() {
    Admission.Granted first = assertInstanceOf(Admission.Granted.class, guards.admit(TARGET));
    assertInstanceOf(Admission.Granted.class, guards.admit(TARGET));
    List<Admission.Waiting> line = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      line.add(assertInstanceOf(Admission.Waiting.class, guards.admit(TARGET)));
    }

    Admission.Refused refused = assertInstanceOf(Admission.Refused.class, guards.admit(TARGET));
    assertEquals(
        "too many requests in flight and waiting for https://hooks.example.com:443",
        refused.result().reason());
    assertTrue(refused.result().retryAt().isAfter(Instant.now()));
    assertTrue(line.stream().noneMatch(w -> w.turn().isDone()));

    first.complete(status(200), Duration.ofMillis(3));

    assertInstanceOf(Admission.Granted.class, line.getFirst().turn().join());
    assertTrue(line.stream().skip(1).noneMatch(w -> w.turn().isDone()));
  }

  @Test
  void aCancelledPermitFreesItsSlotWithoutJudgingTheEndpoint() {
    for (int i = 0; i < 10; i++) {
      Admission.Granted permit = assertInstanceOf(Admission.Granted.class, guards.admit(TARGET));
      permit.cancel();
      permit.complete(status(500), Duration.ofMillis(3));
    }

    assertEquals(0, guards.openCircuits());
  }

  @Test
  void whenTheCircuitOpensTheRequestsWaitingInLineAreTurnedAwayAtOnce() {
    for (int i = 0; i < 3; i++) {
      assertInstanceOf(Admission.Granted.class, guards.admit(TARGET))
          .complete(status(503), Duration.ofMillis(3));
    }
    Admission.Granted fourth = assertInstanceOf(Admission.Granted.class, guards.admit(TARGET));
    assertInstanceOf(Admission.Granted.class, guards.admit(TARGET));
    Admission.Waiting waiting = assertInstanceOf(Admission.Waiting.class, guards.admit(TARGET));

    fourth.complete(status(503), Duration.ofMillis(3));

    Admission.Refused away = assertInstanceOf(Admission.Refused.class, waiting.turn().join());
    assertEquals("circuit open for https://hooks.example.com:443", away.result().reason());
    assertEquals(1, guards.openCircuits());
  }
}
