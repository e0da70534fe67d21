package io.hookline.adapter.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.delivery.resilience.CircuitBreakerSettings;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.AttemptResult.NotAttempted;
import io.hookline.domain.delivery.AttemptResult.Responded;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EndpointResilienceTest {

  private static final Duration OPEN = Duration.ofMillis(500);
  private static final CircuitBreakerSettings BREAKER =
      new CircuitBreakerSettings(4, 4, 50f, OPEN, 1);

  private final Receiver flaky = new Receiver();
  private final Receiver healthy = new Receiver();
  private final HttpWebhookSender sender =
      new HttpWebhookSender(Webhooks.loopback(Duration.ofSeconds(3), 2, BREAKER));

  EndpointResilienceTest() throws IOException {}

  @AfterEach
  void close() {
    sender.close();
    flaky.close();
    healthy.close();
  }

  private CompletableFuture<AttemptResult> send(Receiver receiver) {
    return sender.send(Webhooks.to(receiver.url("/hook"))).toCompletableFuture();
  }

  private NotAttempted openTheCircuit() {
    flaky.answering(Receiver.status(500));
    for (int i = 0; i < BREAKER.windowSize(); i++) {
      assertEquals(500, ((Responded) send(flaky).join()).statusCode());
    }
    CompletableFuture<AttemptResult> refused = send(flaky);
    assertTrue(refused.isDone(), "a refusal is immediate");
    return assertInstanceOf(NotAttempted.class, refused.join());
  }

  @Test
  void repeatedServerErrorsOpenTheCircuitAndDeliveriesAreThenNotAttempted() {
    Instant before = Instant.now();

    NotAttempted refused = openTheCircuit();

    assertEquals("circuit open for " + flaky.endpoint(), refused.reason());
    assertTrue(
        refused.retryAt().isAfter(before) && !refused.retryAt().isAfter(Instant.now().plus(OPEN)));
    assertEquals(BREAKER.windowSize(), flaky.requests().size());
    assertEquals(1, sender.openCircuits());
    assertEquals(204, ((Responded) send(healthy).join()).statusCode());
  }

  @Test
  void theCircuitClosesAgainAfterTheOpenTimeWhenTheReceiverHasRecovered() throws Exception {
    NotAttempted refused = openTheCircuit();
    flaky.answering(Receiver.status(204));

    Thread.sleep(Math.max(0, Duration.between(Instant.now(), refused.retryAt()).toMillis() + 50));

    assertEquals(204, ((Responded) send(flaky).join()).statusCode());
    assertEquals(204, ((Responded) send(flaky).join()).statusCode());
    assertEquals(0, sender.openCircuits());
    assertEquals(BREAKER.windowSize() + 2, flaky.requests().size());
  }

  @Test
  void requestsOverAnEndpointsLimitWaitInLineBeyondItAreRefusedAndAnotherEndpointIsStillServed()
      throws Exception {
    flaky.answering(flaky.hang());
    List<CompletableFuture<AttemptResult>> inFlight = List.of(send(flaky), send(flaky));
    assertTrue(flaky.awaitArrivals(2));
    List<CompletableFuture<AttemptResult>> waiting = new ArrayList<>();
    for (int i = 0; i < 4 * 2; i++) {
      waiting.add(send(flaky));
    }

    CompletableFuture<AttemptResult> overflow = send(flaky);

    assertTrue(overflow.isDone(), "a refusal is immediate");
    NotAttempted refused = assertInstanceOf(NotAttempted.class, overflow.join());
    assertEquals(
        "too many requests in flight and waiting for " + flaky.endpoint(), refused.reason());
    assertTrue(refused.retryAt().isAfter(Instant.now()));
    assertEquals(204, ((Responded) send(healthy).join()).statusCode());
    assertEquals(2, flaky.requests().size(), "the waiting ones have not been sent");
    assertTrue(inFlight.stream().noneMatch(CompletableFuture::isDone));
    assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone));
  }

  @Test
  void aWaitingRequestIsSentAsSoonAsASlotFrees() throws Exception {
    flaky.answering(Receiver.status(204));
    List<CompletableFuture<AttemptResult>> burst = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      burst.add(send(flaky));
    }

    for (CompletableFuture<AttemptResult> request : burst) {
      assertEquals(204, ((Responded) request.join()).statusCode());
    }
    assertEquals(10, flaky.requests().size());
  }

  @Test
  void anEndpointHangingUntilTheTimeoutDoesNotDelayAnother() throws Exception {
    flaky.answering(flaky.hang());
    List<CompletableFuture<AttemptResult>> hanging = new ArrayList<>();
    hanging.add(send(flaky));
    hanging.add(send(flaky));
    assertTrue(flaky.awaitArrivals(2));
    long started = System.nanoTime();

    for (int i = 0; i < 5; i++) {
      assertEquals(204, ((Responded) send(healthy).join()).statusCode());
    }

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    // Served while the hanging requests are still waiting out their 3 s timeout.
    assertTrue(hanging.stream().noneMatch(CompletableFuture::isDone));
    assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, took::toString);
  }
}
