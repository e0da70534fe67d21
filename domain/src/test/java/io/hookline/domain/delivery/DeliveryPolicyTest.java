package io.hookline.domain.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.delivery.AttemptResult.NotAttempted;
import io.hookline.domain.delivery.AttemptResult.Responded;
import io.hookline.domain.delivery.AttemptResult.TransportFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

  private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
  private final DeliveryPolicy policy =
      new DeliveryPolicy(RetrySchedule.DEFAULT, Duration.ofDays(5), new Random(7));

  private static Responded status(int code) {
    return new Responded(code, "", Duration.ofMillis(3), Optional.empty());
  }

  private static Responded status(int code, Duration retryAfter) {
    return new Responded(code, "", Duration.ofMillis(3), Optional.of(retryAfter));
  }

  @Test
  void theDefaultScheduleRetriesFor9StepsFrom5SecondsTo24Hours() {
    var steps = RetrySchedule.DEFAULT.steps();
    assertEquals(9, steps.size());
    assertEquals(Duration.ofSeconds(5), steps.getFirst());
    assertEquals(Duration.ofHours(24), steps.getLast());
    assertEquals(10, RetrySchedule.DEFAULT.maxAttempts());
  }

  @Test
  void anyTwoHundredStatusIsDelivered() {
    assertInstanceOf(Decision.Delivered.class, policy.decide(status(200), 1, NOW));
    assertInstanceOf(Decision.Delivered.class, policy.decide(status(204), 1, NOW));
  }

  @Test
  void serverErrorsRedirectsAndTimeoutsAreRetriedWithin20PercentOfTheStep() {
    for (AttemptResult failure :
        List.of(
            status(500),
            status(302),
            status(400),
            new TransportFailure("timeout", Duration.ofSeconds(15)))) {
      for (int i = 0; i < 50; i++) {
        var retry = (Decision.RetryAt) policy.decide(failure, 2, NOW);
        long wait = Duration.between(NOW, retry.at()).toSeconds();
        assertTrue(wait >= 240 && wait <= 360, "5 min ±20% but was " + wait + "s");
      }
    }
  }

  @Test
  void afterTheLastStepTheDeliveryIsGivenUp() {
    var decision = policy.decide(status(500), 10, NOW);
    assertEquals(new Decision.GiveUp("gave up after 10 attempts"), decision);
  }

  @Test
  void goneDisablesTheEndpointAtOnce() {
    assertInstanceOf(Decision.EndpointGone.class, policy.decide(status(410), 1, NOW));
  }

  @Test
  void retryAfterOn429And503IsHonoured() {
    var decision = policy.decide(status(429, Duration.ofSeconds(7)), 1, NOW);
    assertEquals(new Decision.RetryAt(NOW.plusSeconds(7)), decision);
    assertEquals(
        new Decision.RetryAt(NOW.plusSeconds(8)),
        policy.decide(status(503, Duration.ofSeconds(8)), 1, NOW));
  }

  @Test
  void retryAfterIsCappedAtTwiceTheNextStep() {
    var decision = policy.decide(status(429, Duration.ofHours(3)), 1, NOW);
    assertEquals(new Decision.RetryAt(NOW.plusSeconds(10)), decision);
  }

  @Test
  void retryAfterOnOtherStatusesIsIgnored() {
    var retry = (Decision.RetryAt) policy.decide(status(500, Duration.ofSeconds(1)), 1, NOW);
    assertTrue(Duration.between(NOW, retry.at()).toMillis() >= 4000);
  }

  @Test
  void aSkippedAttemptIsPostponedWithoutCounting() {
    var decision = policy.decide(new NotAttempted("circuit open", NOW.plusSeconds(30)), 3, NOW);
    assertEquals(new Decision.Postpone(NOW.plusSeconds(30)), decision);
  }

  @Test
  void aSubscriptionFailingForFiveDaysIsDisabledButNotBefore() {
    assertFalse(policy.disables(NOW, NOW.plus(Duration.ofDays(5)).minusSeconds(1)));
    assertTrue(policy.disables(NOW, NOW.plus(Duration.ofDays(5))));
  }

  @Test
  void aScheduleIsParsedFromAList() {
    var schedule = RetrySchedule.parse("250ms, 1s,2m,3h,1d");
    assertEquals(
        List.of(
            Duration.ofMillis(250),
            Duration.ofSeconds(1),
            Duration.ofMinutes(2),
            Duration.ofHours(3),
            Duration.ofDays(1)),
        schedule.steps());
    assertThrows(InvalidInputException.class, () -> RetrySchedule.parse("5s,soon"));
  }
}
