package io.hookline.domain.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.domain.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningSecretsTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void generatedSecretsHaveTheStandardWebhooksFormWith32RandomBytes() {
    var secret = SigningSecret.generate();
    assertTrue(secret.value().startsWith("whsec_"));
    assertEquals(32, secret.keyBytes().length);
    assertNotEquals(secret, SigningSecret.generate());
  }

  @Test
  void secretsNotInTheStandardFormAreRejected() {
    assertThrows(InvalidInputException.class, () -> new SigningSecret("secret"));
    assertThrows(InvalidInputException.class, () -> new SigningSecret("whsec_not base64!"));
    assertThrows(InvalidInputException.class, () -> new SigningSecret("whsec_c2hvcnQ="));
  }

  @Test
  void afterARotationBothSecretsAreValidDuringTheOverlapThenOnlyTheNewOne() {
    var old = SigningSecret.generate();
    var next = SigningSecret.generate();
    var rotated = SigningSecrets.of(old).rotate(next, NOW, Duration.ofHours(24));
    assertEquals(List.of(next, old), rotated.validAt(NOW.plus(Duration.ofHours(23))));
    assertEquals(List.of(next), rotated.validAt(NOW.plus(Duration.ofHours(24))));
  }

  @Test
  void theSecretValueNeverAppearsInLogsThroughToString() {
    var secret = SigningSecret.generate();
    assertTrue(!secret.toString().contains(secret.value().substring(6)));
  }
}
