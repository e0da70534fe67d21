package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two Hookline instances share one PostgreSQL database: both deliver, and no delivery is sent by
 * both (each event reaches the receiver exactly once).
 */
class TwoInstancesOnPostgresTest {

  private static double attemptsBy(HooklineInstance instance) {
    return instance
        .bean(MeterRegistry.class)
        .find("hookline.delivery.attempts")
        .tag("outcome", "success")
        .counters()
        .stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  @Test
  void bothInstancesDeliverAndNoDeliveryIsSentTwice() throws InterruptedException {
    String url = Databases.postgres();
    Map<String, Object> settings =
        Map.of(
            "hookline.delivery.allow-private-networks", true, "hookline.dispatcher.batch-size", 8);
    try (var first = HooklineInstance.start(url, settings);
        var second = HooklineInstance.start(url, settings);
        var receiver = new TestReceiver()) {
      receiver.answering(r -> TestReceiver.Reply.status(200).after(Duration.ofMillis(20)));
      var scenario = new Scenario(first);
      scenario.subscribe(receiver.url("/shared"));

      int events = 200;
      for (int i = 0; i < events; i++) {
        (i % 2 == 0 ? first : second)
            .call(
                202,
                "POST",
                scenario.team("/events"),
                scenario.admin,
                "{\"type\":\"" + scenario.type + "\",\"data\":{\"i\":" + i + "}}");
      }

      var requests = receiver.await(r -> r.size() >= events, Duration.ofSeconds(30));
      var perEvent =
          requests.stream()
              .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
      assertEquals(events, perEvent.size());
      assertTrue(perEvent.values().stream().allMatch(n -> n == 1), "an event arrived twice");
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (attemptsBy(first) + attemptsBy(second) < events && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(attemptsBy(first) > 0, "the first instance delivered nothing");
      assertTrue(attemptsBy(second) > 0, "the second instance delivered nothing");
      assertEquals(events, (int) (attemptsBy(first) + attemptsBy(second)));
    }
  }
}
