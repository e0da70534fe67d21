package io.hookline.application.service;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.Completion;
import io.hookline.application.service.Outcome.Health;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.AttemptResult.NotAttempted;
import io.hookline.domain.delivery.AttemptResult.Responded;
import io.hookline.domain.delivery.AttemptResult.TransportFailure;
import io.hookline.domain.delivery.Decision;
import io.hookline.domain.delivery.DeliveryPolicy;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.Event;
import io.hookline.domain.subscription.Subscription;
import java.time.Instant;
import java.util.Optional;

/** Turns what happened to a claimed delivery into its stored outcome, as the policy decides. */
public final class Outcomes {

  private final DeliveryPolicy policy;

  public Outcomes(DeliveryPolicy policy) {
    this.policy = policy;
  }

  /** Why a claimed delivery must not be sent at all, or null if it may be. */
  String refusal(Event event, Subscription subscription) {
    if (event == null) {
      return "the event no longer exists";
    }
    if (subscription == null || subscription.isDeleted()) {
      return "the subscription was deleted";
    }
    if (!subscription.enabled()) {
      return "the subscription is disabled"
          + subscription.disabledReason().map(r -> " (" + r + ")").orElse("");
    }
    return null;
  }

  /** A delivery that fails without an attempt, for the given reason. */
  Outcome withoutAttempt(ClaimedDelivery claimed, String reason, Instant now) {
    var completion =
        new Completion(
            claimed,
            DeliveryStatus.FAILED,
            claimed.attemptsBefore(),
            now,
            Optional.empty(),
            Optional.of(reason),
            Optional.empty());
    return new Outcome(completion, claimed.subscriptionId(), Health.UNCHANGED, Optional.empty());
  }

  /** The outcome of an attempt (or of a skipped one) made at {@code now}. */
  Outcome afterAttempt(
      ClaimedDelivery claimed, Subscription subscription, AttemptResult result, Instant now) {
    boolean attempted = !(result instanceof NotAttempted);
    int attempts = claimed.attemptsBefore() + (attempted ? 1 : 0);
    Decision decision = policy.decide(result, attempts, now);
    Optional<Integer> status =
        result instanceof Responded r ? Optional.of(r.statusCode()) : Optional.empty();
    Optional<String> error =
        switch (result) {
          case TransportFailure f -> Optional.of(f.error());
          case NotAttempted n -> Optional.of(n.reason());
          case Responded r -> Optional.empty();
        };
    Optional<Attempt> attempt =
        attempted ? Optional.of(attempt(claimed, attempts, result, now)) : Optional.empty();
    var completion =
        switch (decision) {
          case Decision.Delivered d ->
              new Completion(
                  claimed, DeliveryStatus.SUCCEEDED, attempts, now, status, error, attempt);
          case Decision.RetryAt r ->
              new Completion(
                  claimed, DeliveryStatus.PENDING, attempts, r.at(), status, error, attempt);
          case Decision.Postpone p ->
              new Completion(
                  claimed, DeliveryStatus.PENDING, attempts, p.at(), status, error, attempt);
          case Decision.GiveUp g ->
              new Completion(claimed, DeliveryStatus.FAILED, attempts, now, status, error, attempt);
          case Decision.EndpointGone g ->
              new Completion(claimed, DeliveryStatus.FAILED, attempts, now, status, error, attempt);
        };
    return health(completion, subscription, decision, now);
  }

  private Outcome health(
      Completion completion, Subscription subscription, Decision decision, Instant now) {
    var id = subscription.id();
    return switch (decision) {
      case Decision.Delivered d ->
          new Outcome(
              completion,
              id,
              subscription.failingSince().isPresent() ? Health.RECOVERED : Health.UNCHANGED,
              Optional.empty());
      case Decision.Postpone p -> new Outcome(completion, id, Health.UNCHANGED, Optional.empty());
      case Decision.EndpointGone g ->
          new Outcome(completion, id, Health.DISABLE, Optional.of(g.reason()));
      case Decision.RetryAt r -> failed(completion, subscription, now);
      case Decision.GiveUp g -> failed(completion, subscription, now);
    };
  }

  private Outcome failed(Completion completion, Subscription subscription, Instant now) {
    var since = subscription.failingSince();
    if (since.isEmpty()) {
      return new Outcome(completion, subscription.id(), Health.STARTED_FAILING, Optional.empty());
    }
    if (policy.disables(since.orElseThrow(), now)) {
      return new Outcome(
          completion,
          subscription.id(),
          Health.DISABLE,
          Optional.of("deliveries failed continuously since " + since.orElseThrow()));
    }
    return new Outcome(completion, subscription.id(), Health.UNCHANGED, Optional.empty());
  }

  private static Attempt attempt(
      ClaimedDelivery claimed, int number, AttemptResult result, Instant now) {
    return switch (result) {
      case Responded r ->
          new Attempt(
              claimed.id(),
              number,
              now.minus(r.duration()),
              r.duration().toMillis(),
              Optional.of(r.statusCode()),
              Optional.empty(),
              r.body());
      case TransportFailure f ->
          new Attempt(
              claimed.id(),
              number,
              now.minus(f.duration()),
              f.duration().toMillis(),
              Optional.empty(),
              Optional.of(f.error()),
              "");
      case NotAttempted n -> throw new IllegalArgumentException("no attempt was made");
    };
  }
}
