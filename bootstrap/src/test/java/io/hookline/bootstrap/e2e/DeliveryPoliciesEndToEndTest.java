package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.bootstrap.e2e.TestReceiver.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies seen from outside: Retry-After, the private-network guard, and the metrics. */
class DeliveryPoliciesEndToEndTest {

  @TempDir Path dataDir;

  @Test
  void retryAfterOn429IsHonouredInsteadOfTheSchedule() {
    try (var hookline =
            HooklineInstance.start(
                Databases.h2File(dataDir),
                Map.of(
                    "hookline.delivery.allow-private-networks",
                    true,
                    "hookline.delivery.retry-schedule",
                    "3s,3s"));
        var receiver = new TestReceiver()) {
      AtomicInteger calls = new AtomicInteger();
      receiver.answering(
          r ->
              calls.incrementAndGet() == 1
                  ? Reply.status(429).withHeader("Retry-After", "1")
                  : Reply.status(200));
      var scenario = new Scenario(hookline);
      scenario.subscribe(receiver.url("/limited"));

      scenario.publish("{}");

      var requests = receiver.await(r -> r.size() == 2, Duration.ofSeconds(10));
      long gap =
          Duration.between(requests.get(0).arrivedAt(), requests.get(1).arrivedAt()).toMillis();
      assertTrue(
          gap >= 950 && gap < 2400, "retried after Retry-After (1 s), not 3 s ±20 %: " + gap);
    }
  }

  @Test
  void targetsOnPrivateNetworksAreRefusedUnlessAllowed() {
    try (var hookline = HooklineInstance.start(Databases.h2File(dataDir))) {
      var scenario = new Scenario(hookline);
      var refused =
          hookline.send(
              "POST",
              scenario.team("/subscriptions"),
              scenario.admin,
              "{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"" + scenario.type + "\"]}");
      assertEquals(400, refused.statusCode());
      assertTrue(refused.body().contains("\"field\":\"url\""), refused.body());
      assertTrue(refused.body().contains("loopback"), refused.body());
      var metadata =
          hookline.send(
              "POST",
              scenario.team("/subscriptions"),
              scenario.admin,
              "{\"url\":\"http://169.254.169.254/latest\",\"eventTypes\":[\"*\"]}");
      assertEquals(400, metadata.statusCode());
    }
  }

  @Test
  void attemptsAndTheQueueAreExposedForPrometheus() {
    try (var hookline =
            HooklineInstance.start(
                Databases.h2File(dataDir),
                Map.of("hookline.delivery.allow-private-networks", true));
        var receiver = new TestReceiver()) {
      var scenario = new Scenario(hookline);
      scenario.subscribe(receiver.url("/counted"));
      scenario.publish("{}");
      receiver.await(r -> r.size() == 1, Duration.ofSeconds(10));

      var metrics = hookline.send("GET", "/prometheus", null, null);

      assertEquals(200, metrics.statusCode());
      String text = metrics.body();
      assertTrue(
          text.contains(
              "hookline_delivery_attempts_total{outcome=\"success\",status_class=\"2xx\"}"),
          text);
      for (String name :
          new String[] {
            "hookline_delivery_send_seconds_bucket",
            "hookline_delivery_first_attempt_seconds_count",
            "hookline_queue_due",
            "hookline_queue_scheduled",
            "hookline_circuits_open"
          }) {
        assertTrue(text.contains(name), "missing " + name);
      }
      System.gc();
      String afterGc = hookline.send("GET", "/prometheus", null, null).body();
      for (String gauge : new String[] {"hookline_queue_due", "hookline_queue_scheduled"}) {
        String value =
            afterGc
                .lines()
                .filter(line -> line.startsWith(gauge + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("missing " + gauge))
                .substring(gauge.length() + 1);
        assertTrue(Double.isFinite(Double.parseDouble(value)), gauge + " reads " + value);
      }
    }
  }
}
