package io.hookline.domain.delivery;

import java.time.Instant;
import java.util.Objects;

/** What becomes of a delivery after an attempt (or a skipped one). */
public sealed interface Decision {

  /** The receiver accepted it: the delivery succeeded. */
  record Delivered() implements Decision {}

  /** Try again at the given time; the attempt counts. */
  record RetryAt(Instant at) implements Decision {
    public RetryAt {
      Objects.requireNonNull(at);
    }
  }

  /** No attempt was made; look again at the given time without counting one. */
  record Postpone(Instant at) implements Decision {
    public Postpone {
      Objects.requireNonNull(at);
    }
  }

  /** Give up: the delivery failed for good (it can still be retried by hand). */
  record GiveUp(String reason) implements Decision {
    public GiveUp {
      Objects.requireNonNull(reason);
    }
  }

  /** The receiver said 410 Gone: fail the delivery and disable the subscription. */
  record EndpointGone(String reason) implements Decision {
    public EndpointGone {
      Objects.requireNonNull(reason);
    }
  }
}
