package io.hookline.domain.delivery;

import io.hookline.domain.delivery.AttemptResult.NotAttempted;
import io.hookline.domain.delivery.AttemptResult.Responded;
import io.hookline.domain.delivery.AttemptResult.TransportFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Decides what an attempt means: 2xx delivered; 410 gone; anything else retried on the schedule
 * (honouring {@code Retry-After} on 429/503, capped at twice the next step) until it runs out; and
 * when a subscription that keeps failing is to be disabled.
 */
public final class DeliveryPolicy {

  private final RetrySchedule schedule;
  private final Duration disableAfter;
  private final RandomGenerator random;

  public DeliveryPolicy(RetrySchedule schedule, Duration disableAfter, RandomGenerator random) {
    this.schedule = Objects.requireNonNull(schedule);
    this.disableAfter = Objects.requireNonNull(disableAfter);
    this.random = Objects.requireNonNull(random);
  }

  /**
   * The decision after an attempt.
   *
   * @param attemptsMade attempts made so far, counting this one if it was made
   */
  public Decision decide(AttemptResult result, int attemptsMade, Instant now) {
    return switch (result) {
      case NotAttempted skipped -> new Decision.Postpone(skipped.retryAt());
      case Responded r when r.isSuccess() -> new Decision.Delivered();
      case Responded r when r.statusCode() == 410 ->
          new Decision.EndpointGone("the endpoint answered 410 Gone");
      case Responded r -> retry(attemptsMade, now, honouredRetryAfter(r, attemptsMade));
      case TransportFailure f -> retry(attemptsMade, now, Optional.empty());
    };
  }

  private Optional<Duration> honouredRetryAfter(Responded response, int attemptsMade) {
    if (response.statusCode() != 429 && response.statusCode() != 503) {
      return Optional.empty();
    }
    return response
        .retryAfter()
        .flatMap(
            wait ->
                schedule
                    .stepAfter(attemptsMade)
                    .map(
                        step ->
                            wait.compareTo(step.multipliedBy(2)) > 0
                                ? step.multipliedBy(2)
                                : wait));
  }

  private Decision retry(int attemptsMade, Instant now, Optional<Duration> retryAfter) {
    Optional<Duration> step = schedule.stepAfter(attemptsMade);
    if (step.isEmpty()) {
      return new Decision.GiveUp("gave up after " + attemptsMade + " attempts");
    }
    if (retryAfter.isPresent()) {
      return new Decision.RetryAt(now.plus(retryAfter.orElseThrow()));
    }
    return new Decision.RetryAt(schedule.jittered(now, step.orElseThrow(), random));
  }

  /** Whether a subscription failing without a success since {@code failingSince} is disabled. */
  public boolean disables(Instant failingSince, Instant now) {
    return !now.isBefore(failingSince.plus(disableAfter));
  }

  public RetrySchedule schedule() {
    return schedule;
  }

  public Duration disableAfter() {
    return disableAfter;
  }
}
