package io.hookline.domain.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What happened when Hookline tried to send a delivery. */
public sealed interface AttemptResult {

  /** The receiver answered with an HTTP status. */
  record Responded(int statusCode, String body, Duration duration, Optional<Duration> retryAfter)
      implements AttemptResult {
    public Responded {
      Objects.requireNonNull(duration);
      Objects.requireNonNull(retryAfter);
      body = body == null ? "" : body;
    }

    public boolean isSuccess() {
      return statusCode >= 200 && statusCode < 300;
    }
  }

  /** No HTTP answer: timeout, refused connection, DNS failure, or a refused target address. */
  record TransportFailure(String error, Duration duration) implements AttemptResult {
    public TransportFailure {
      Objects.requireNonNull(error);
      Objects.requireNonNull(duration);
    }
  }

  /** Not sent at all (for example while the endpoint's circuit is open); try again later. */
  record NotAttempted(String reason, Instant retryAt) implements AttemptResult {
    public NotAttempted {
      Objects.requireNonNull(reason);
      Objects.requireNonNull(retryAt);
    }
  }
}
