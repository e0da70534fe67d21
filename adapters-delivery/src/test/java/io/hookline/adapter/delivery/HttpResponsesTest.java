package io.hookline.adapter.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.delivery.resilience.CircuitBreakerSettings;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.AttemptResult.Responded;
import io.hookline.domain.delivery.AttemptResult.TransportFailure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HttpResponsesTest {

  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);

  private final Receiver receiver = new Receiver();
  private final HttpWebhookSender sender =
      new HttpWebhookSender(Webhooks.loopback(SHORT_TIMEOUT, 64, CircuitBreakerSettings.DEFAULTS));

  HttpResponsesTest() throws IOException {}

  @AfterEach
  void close() {
    sender.close();
    receiver.close();
  }

  private AttemptResult deliver() {
    return deliver(receiver.url("/hook"));
  }

  private AttemptResult deliver(String url) {
    return sender.send(Webhooks.to(url)).toCompletableFuture().join();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 410, 500})
  void theReceiversStatusAndBodyComeBackAsTheResponse(int status) {
    receiver.answering(Receiver.status(status, Map.of(), "answer " + status));

    Responded result = (Responded) deliver();

    assertEquals(status, result.statusCode());
    assertEquals("answer " + status, result.body());
    assertEquals(Optional.empty(), result.retryAfter());
  }

  @Test
  void aRedirectIsReportedAndNotFollowed() {
    receiver.answering(Receiver.status(302, Map.of("Location", receiver.url("/moved")), ""));

    Responded result = (Responded) deliver();

    assertEquals(302, result.statusCode());
    assertEquals(1, receiver.requests().size());
  }

  @Test
  void retryAfterInSecondsIsReadAsThatWait() {
    receiver.answering(Receiver.status(429, Map.of("Retry-After", "120"), ""));

    Responded result = (Responded) deliver();

    assertEquals(429, result.statusCode());
    assertEquals(Optional.of(Duration.ofSeconds(120)), result.retryAfter());
  }

  @Test
  void retryAfterAsAnHttpDateIsReadAsTheWaitUntilThen() {
    Instant then = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(90);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(then.atOffset(ZoneOffset.UTC));
    receiver.answering(Receiver.status(503, Map.of("Retry-After", date), ""));

    Duration wait = ((Responded) deliver()).retryAfter().orElseThrow();

    assertTrue(
        wait.compareTo(Duration.ofSeconds(85)) > 0 && wait.compareTo(Duration.ofSeconds(90)) <= 0,
        wait::toString);
  }

  @Test
  void aReceiverSlowerThanTheTimeoutFailsWithinAboutTheTimeout() {
    receiver.answering(receiver.hang());
    long started = System.nanoTime();

    TransportFailure result = (TransportFailure) deliver();

    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    assertEquals("timed out after 500 ms", result.error());
    assertTrue(result.duration().compareTo(SHORT_TIMEOUT) >= 0, result::toString);
    assertTrue(waited.compareTo(Duration.ofSeconds(2)) < 0, waited::toString);
  }

  @Test
  void theTimeoutAlsoCoversABodyThatNeverFinishes() {
    receiver.answering(receiver.hangMidBody());

    assertEquals("timed out after 500 ms", ((TransportFailure) deliver()).error());
  }

  @Test
  void aLongResponseBodyIsCutTo4KiB() {
    String body = "0123456789abcdef".repeat(10_000);
    receiver.answering(Receiver.status(500, Map.of(), body));

    Responded result = (Responded) deliver();

    assertEquals(body.substring(0, Attempt.MAX_BODY_BYTES), result.body());
  }

  @Test
  void aCutBodyEndsBeforeACharacterItCouldNotKeepWhole() {
    receiver.answering(Receiver.status(400, Map.of(), "x" + "é".repeat(3000)));

    Responded result = (Responded) deliver();

    assertEquals("x" + "é".repeat(2047), result.body());
  }

  @Test
  void aRefusedConnectionIsATransportFailure() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    AttemptResult result = deliver("http://127.0.0.1:" + closedPort + "/hook");

    assertEquals("connection refused", ((TransportFailure) result).error());
  }
}
