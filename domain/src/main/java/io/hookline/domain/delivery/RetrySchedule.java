package io.hookline.domain.delivery;

import io.hookline.domain.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The waits between attempts after the first one, each spread by a jitter (±20 % by default) so
 * that many failed deliveries do not retry in the same instant.
 */
public record RetrySchedule(List<Duration> steps, double jitter) {

  private static final Pattern STEP = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  public static final RetrySchedule DEFAULT = parse("5s,5m,30m,2h,5h,10h,14h,20h,24h");

  public RetrySchedule {
    steps = List.copyOf(steps);
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1)");
    }
    if (steps.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("retry steps must be positive");
    }
  }

  /** Parses a comma list such as {@code 5s,5m,30m,2h} (units ms, s, m, h, d) with ±20 % jitter. */
  public static RetrySchedule parse(String text) {
    List<Duration> steps = new ArrayList<>();
    for (String part : text.split(",")) {
      Matcher m = STEP.matcher(part.strip());
      if (!m.matches()) {
        throw InvalidInputException.of(
            "retrySchedule", "'" + part.strip() + "' is not a duration such as 5s, 5m, 2h or 1d");
      }
      long n = Long.parseLong(m.group(1));
      steps.add(
          switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          });
    }
    return new RetrySchedule(steps, 0.2);
  }

  /** How many attempts a delivery gets in all: the first plus one per step. */
  public int maxAttempts() {
    return steps.size() + 1;
  }

  /** The nominal wait after {@code attemptsMade} attempts, or empty once the steps run out. */
  public Optional<Duration> stepAfter(int attemptsMade) {
    int index = attemptsMade - 1;
    return index >= 0 && index < steps.size() ? Optional.of(steps.get(index)) : Optional.empty();
  }

  /** {@code now} plus {@code wait} spread uniformly by the jitter. */
  public Instant jittered(Instant now, Duration wait, RandomGenerator random) {
    double factor = 1 + (random.nextDouble() * 2 - 1) * jitter;
    return now.plusMillis(Math.round(wait.toMillis() * factor));
  }
}
