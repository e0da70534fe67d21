package io.hookline.adapter.delivery.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookline.domain.delivery.AttemptResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MicrometerDeliveryMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerDeliveryMetrics metrics = new MicrometerDeliveryMetrics(registry);

  private double attempts(String outcome, String statusClass) {
    var counter =
        registry
            .find("hookline.delivery.attempts")
            .tag("outcome", outcome)
            .tag("status_class", statusClass)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void attemptsAreCountedByOutcomeAndStatusClassAndTimed() {
    metrics.attempted(new AttemptResult.Responded(204, "", Duration.ofMillis(3), Optional.empty()));
    metrics.attempted(new AttemptResult.Responded(200, "", Duration.ofMillis(5), Optional.empty()));
    metrics.attempted(new AttemptResult.Responded(503, "", Duration.ofMillis(7), Optional.empty()));
    metrics.attempted(new AttemptResult.TransportFailure("timed out", Duration.ofSeconds(15)));
    metrics.attempted(new AttemptResult.NotAttempted("circuit open", Instant.now()));
    assertEquals(2, attempts("success", "2xx"));
    assertEquals(1, attempts("failure", "5xx"));
    assertEquals(1, attempts("transport_error", "none"));
    assertEquals(1, attempts("skipped", "none"));
    assertEquals(4, registry.find("hookline.delivery.send").timer().count());
  }

  @Test
  void publicationToFirstAttemptIsTimed() {
    metrics.firstAttemptLatency(Duration.ofMillis(12));
    var timer = registry.find("hookline.delivery.first.attempt").timer();
    assertEquals(1, timer.count());
    assertEquals(12.0, timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS), 0.001);
  }
}
