package io.hookline.domain.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The secrets a subscription signs with: the current one and, for an overlap after a rotation, the
 * previous one, so receivers can switch keys without rejecting deliveries.
 */
public record SigningSecrets(
    SigningSecret current, Optional<SigningSecret> previous, Optional<Instant> previousExpiresAt) {

  public SigningSecrets {
    Objects.requireNonNull(current, "current secret");
    if (previous.isPresent() != previousExpiresAt.isPresent()) {
      throw new IllegalArgumentException("a previous secret needs its expiry and vice versa");
    }
  }

  public static SigningSecrets of(SigningSecret current) {
    return new SigningSecrets(current, Optional.empty(), Optional.empty());
  }

  /** Makes {@code next} current; the old current stays valid until {@code now + overlap}. */
  public SigningSecrets rotate(SigningSecret next, Instant now, Duration overlap) {
    return new SigningSecrets(next, Optional.of(current), Optional.of(now.plus(overlap)));
  }

  /** Every secret that is valid at {@code now}, the current one first. */
  public List<SigningSecret> validAt(Instant now) {
    if (previous.isPresent() && now.isBefore(previousExpiresAt.orElseThrow())) {
      return List.of(current, previous.orElseThrow());
    }
    return List.of(current);
  }
}
