package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import io.hookline.bootstrap.e2e.TestReceiver.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Publishing and delivery through the whole service to a real receiver on loopback: signatures a
 * third-party verifier accepts, fan-out, retries, 410, idempotency, manual retry and recovery, test
 * events, rotation overlap, and one slow receiver not holding up another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeliveryEndToEndContract {

  static final Duration WAIT = Duration.ofSeconds(10);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

  private HooklineInstance hookline;
  private TestReceiver receiver;
  private Scenario scenario;

  abstract String jdbcUrl();

  @BeforeAll
  void startHookline() {
    hookline =
        HooklineInstance.start(
            jdbcUrl(),
            Map.of(
                "hookline.delivery.allow-private-networks", true,
                "hookline.delivery.retry-schedule", "200ms,200ms,200ms",
                "hookline.delivery.request-timeout", "1s"));
  }

  @AfterAll
  void stopHookline() {
    if (hookline != null) {
      hookline.close();
    }
  }

  @BeforeEach
  void freshTeamAndReceiver() {
    receiver = new TestReceiver();
    scenario = new Scenario(hookline);
  }

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void anEventReachesEveryMatchingSubscriptionSignedSoAThirdPartyVerifierAcceptsIt()
      throws Exception {
    List<String> secrets =
        List.of(
            scenario.subscribe(receiver.url("/a")).get("secret").asText(),
            scenario.subscribe(receiver.url("/b"), List.of("*")).get("secret").asText(),
            scenario
                .subscribe(receiver.url("/c"), List.of(scenario.type.split("\\.")[0] + ".*"))
                .get("secret")
                .asText());
    scenario.subscribe(receiver.url("/other"), List.of("hookline.ping"));

    JsonNode accepted = scenario.publish("{\"order\":42,\"lines\":[1,2]}");

    assertEquals(3, accepted.get("deliveries").asInt());
    receiver.await(r -> r.size() == 3, WAIT);
    for (String path : List.of("/a", "/b", "/c")) {
      var request = receiver.requestsTo(path).getFirst();
      int index = List.of("/a", "/b", "/c").indexOf(path);
      new Webhook(secrets.get(index)).verify(request.body(), request.headers());
      assertEquals(accepted.get("id").asText(), request.header("webhook-id"));
      assertEquals("application/json", request.header("Content-Type"));
      assertTrue(request.header("User-Agent").startsWith("Hookline/"));
      JsonNode body = HooklineInstance.JSON.readTree(request.body());
      assertEquals(scenario.type, body.get("type").asText());
      assertEquals(42, body.get("data").get("order").asInt());
    }
    assertTrue(receiver.requestsTo("/other").isEmpty());
  }

  @Test
  void aFailingReceiverIsRetriedUntilItAcceptsAndEveryAttemptIsLogged() {
    AtomicInteger calls = new AtomicInteger();
    receiver.answering(r -> Reply.status(calls.incrementAndGet() < 3 ? 500 : 200));
    scenario.subscribe(receiver.url("/flaky"));

    scenario.publish("{}");

    receiver.await(r -> r.size() == 3, WAIT);
    JsonNode delivery = awaitStatus("succeeded");
    assertEquals(3, delivery.get("attempts").size());
    assertEquals(500, delivery.get("attempts").get(0).get("statusCode").asInt());
    assertEquals(200, delivery.get("attempts").get(2).get("statusCode").asInt());
  }

  @Test
  void aReceiverThatTimesOutIsRetried() {
    AtomicInteger calls = new AtomicInteger();
    receiver.answering(
        r ->
            calls.incrementAndGet() == 1
                ? Reply.status(200).after(Duration.ofSeconds(2))
                : Reply.status(200));
    scenario.subscribe(receiver.url("/slow"));

    scenario.publish("{}");

    JsonNode delivery = awaitStatus("succeeded");
    assertEquals(2, delivery.get("attempts").size());
    assertTrue(delivery.get("attempts").get(0).get("error").asText().contains("timed out"));
  }

  @Test
  void goneDisablesTheSubscriptionAndStopsItsRetries() {
    receiver.answering(r -> Reply.status(410));
    String id = scenario.subscribe(receiver.url("/gone")).get("id").asText();

    scenario.publish("{}");

    JsonNode delivery = awaitStatus("failed");
    assertEquals(1, delivery.get("attempts").size());
    // The outcome is stored first, then the subscription is disabled: wait for both.
    JsonNode subscription = awaitSubscription(id, s -> !s.get("enabled").asBoolean());
    pause(3 * 200);
    assertEquals(
        1, receiver.requests().size(), "no retry after 410 (the schedule's step is 200 ms)");
    assertEquals("the endpoint answered 410 Gone", subscription.get("disabledReason").asText());
  }

  @Test
  void aRepeatedIdempotencyKeyReturnsTheFirstEventAndDeliversOnce() {
    scenario.subscribe(receiver.url("/once"));
    String body = "{\"type\":\"" + scenario.type + "\",\"data\":{\"n\":1}}";

    var first =
        hookline.send(
            "POST", scenario.team("/events"), scenario.admin, body, "Idempotency-Key", "order-1");
    var again =
        hookline.send(
            "POST", scenario.team("/events"), scenario.admin, body, "Idempotency-Key", "order-1");

    assertEquals(202, again.statusCode());
    assertEquals(first.body(), again.body());
    awaitStatus("succeeded");
    assertEquals(1, receiver.requests().size());
    assertEquals(1, scenario.deliveries("").size());
  }

  @Test
  void aFailedDeliveryIsRetriedByHandAndASubscriptionRecovered() {
    receiver.answering(r -> Reply.status(500));
    String subscription = scenario.subscribe(receiver.url("/down")).get("id").asText();
    scenario.publish("{\"n\":1}");
    scenario.publish("{\"n\":2}");
    awaitCount("failed", 2);
    receiver.answering(r -> Reply.status(200));

    String first = scenario.deliveries("?status=failed").get(0).get("id").asText();
    hookline.call(
        202, "POST", scenario.team("/deliveries/" + first + "/retry"), scenario.admin, null);
    awaitCount("succeeded", 1);
    JsonNode recovered =
        hookline.call(
            202,
            "POST",
            scenario.team("/subscriptions/" + subscription + "/recover"),
            scenario.admin,
            "{\"since\":\"2020-01-01T00:00:00Z\"}");

    assertEquals(1, recovered.get("requeued").asInt());
    awaitCount("succeeded", 2);
  }

  @Test
  void aTestEventGoesToThatSubscriptionOnlyAndShowsInTheLog() {
    String id = scenario.subscribe(receiver.url("/tested")).get("id").asText();
    scenario.subscribe(receiver.url("/bystander"));

    JsonNode sent =
        hookline.call(
            202, "POST", scenario.team("/subscriptions/" + id + "/test"), scenario.admin, "{}");

    var request = receiver.await(r -> r.size() == 1, WAIT).getFirst();
    assertEquals("/tested", request.path());
    assertTrue(request.body().contains("\"type\":\"hookline.ping\""));
    assertEquals(sent.get("eventId").asText(), request.header("webhook-id"));
    awaitStatus("succeeded");
  }

  @Test
  void duringARotationOverlapBothSecretsSignAndEachVerifiesAlone() throws Exception {
    JsonNode created = scenario.subscribe(receiver.url("/rotating"));
    String old = created.get("secret").asText();
    String rotated =
        hookline
            .call(
                200,
                "POST",
                scenario.team("/subscriptions/" + created.get("id").asText() + "/secret/rotate"),
                scenario.admin,
                null)
            .get("secret")
            .asText();

    scenario.publish("{}");

    var request = receiver.await(r -> r.size() == 1, WAIT).getFirst();
    assertEquals(2, request.header("webhook-signature").split(" ").length);
    new Webhook(rotated).verify(request.body(), request.headers());
    new Webhook(old).verify(request.body(), request.headers());
  }

  @Test
  void aReceiverThatHangsDoesNotHoldUpAnotherSubscription() {
    try (TestReceiver healthy = new TestReceiver()) {
      receiver.answering(r -> Reply.status(200).after(Duration.ofSeconds(3)));
      scenario.subscribe(receiver.url("/hanging"));
      scenario.subscribe(healthy.url("/healthy"));
      for (int i = 0; i < 5; i++) {
        scenario.publish("{\"i\":" + i + "}");
      }
      var served = healthy.await(r -> r.size() == 5, WAIT);
      var firstHanging = receiver.await(r -> !r.isEmpty(), WAIT).getFirst().arrivedAt();
      var lastServed = served.getLast().arrivedAt();
      // Every healthy delivery arrived before the first hanging request could even time out (1 s).
      assertTrue(
          lastServed.isBefore(firstHanging.plus(REQUEST_TIMEOUT)),
          "healthy deliveries waited for the hanging endpoint: last one at "
              + Duration.between(firstHanging, lastServed).toMillis()
              + " ms after the first hanging request");
    }
  }

  private JsonNode awaitSubscription(String id, Predicate<JsonNode> condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      JsonNode subscription =
          hookline.call(200, "GET", scenario.team("/subscriptions/" + id), scenario.admin, null);
      if (condition.test(subscription)) {
        return subscription;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the subscription never reached the expected state: " + subscription);
      }
      pause(20);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private JsonNode awaitStatus(String status) {
    awaitCount(status, 1);
    return scenario.delivery(scenario.deliveries("?status=" + status).get(0).get("id").asText());
  }

  private void awaitCount(String status, int count) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (scenario.deliveries("?status=" + status).size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no " + count + " " + status + " deliveries: " + scenario.deliveries(""));
      }
      pause(20);
    }
  }
}
