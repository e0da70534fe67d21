package io.hookline.application.port.out;

import io.hookline.domain.delivery.AttemptResult;
import java.time.Duration;

/** Where the dispatcher reports what it does, for monitoring. */
public interface DeliveryMetrics {

  /** One attempt (or skipped attempt) and how it went. */
  void attempted(AttemptResult result);

  /** Time from an event's publication to the first attempt of one of its deliveries. */
  void firstAttemptLatency(Duration latency);

  /** Reports nothing; for tests and deployments without monitoring. */
  DeliveryMetrics NONE =
      new DeliveryMetrics() {
        @Override
        public void attempted(AttemptResult result) {}

        @Override
        public void firstAttemptLatency(Duration latency) {}
      };
}
