package io.hookline.adapter.delivery.metrics;

import io.hookline.application.port.out.DeliveryMetrics;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.AttemptResult.NotAttempted;
import io.hookline.domain.delivery.AttemptResult.Responded;
import io.hookline.domain.delivery.AttemptResult.TransportFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports the dispatcher's work to Micrometer: {@code hookline.delivery.attempts} by outcome and
 * status class, the {@code hookline.delivery.send} latency histogram, and {@code
 * hookline.delivery.first.attempt} (publication to first attempt).
 */
public final class MicrometerDeliveryMetrics implements DeliveryMetrics {

  private final MeterRegistry registry;
  private final Timer send;
  private final Timer firstAttempt;
  private final Map<String, Counter> attempts = new ConcurrentHashMap<>();

  public MicrometerDeliveryMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.send =
        Timer.builder("hookline.delivery.send")
            .description("Duration of delivery attempts, from request to response")
            .publishPercentileHistogram()
            .register(registry);
    this.firstAttempt =
        Timer.builder("hookline.delivery.first.attempt")
            .description("Time from an event's publication to the first attempt of a delivery")
            .publishPercentileHistogram()
            .register(registry);
  }

  @Override
  public void attempted(AttemptResult result) {
    switch (result) {
      case Responded r -> {
        count(r.isSuccess() ? "success" : "failure", r.statusCode() / 100 + "xx");
        send.record(r.duration());
      }
      case TransportFailure f -> {
        count("transport_error", "none");
        send.record(f.duration());
      }
      case NotAttempted n -> count("skipped", "none");
    }
  }

  @Override
  public void firstAttemptLatency(Duration latency) {
    firstAttempt.record(latency.isNegative() ? Duration.ZERO : latency);
  }

  private void count(String outcome, String statusClass) {
    attempts
        .computeIfAbsent(
            outcome + ' ' + statusClass,
            key ->
                Counter.builder("hookline.delivery.attempts")
                    .description("Delivery attempts by outcome and response status class")
                    .tag("outcome", outcome)
                    .tag("status_class", statusClass)
                    .register(registry))
        .increment();
  }
}
