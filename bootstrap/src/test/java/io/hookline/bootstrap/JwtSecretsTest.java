package io.hookline.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretsTest {

  @TempDir Path dataDir;
  private final List<String> log = new ArrayList<>();

  @Test
  void aConfiguredSecretIsUsedAsIs() {
    String secret = "s".repeat(32);
    assertEquals(secret, JwtSecrets.resolve(secret, true, dataDir, log::add));
    assertTrue(log.isEmpty());
    assertTrue(Files.notExists(dataDir.resolve(JwtSecrets.FILE_NAME)));
  }

  @Test
  void aConfiguredSecretShorterThan32BytesIsRefused() {
    var error =
        assertThrows(
            IllegalStateException.class,
            () -> JwtSecrets.resolve("short", true, dataDir, log::add));
    assertEquals("HOOKLINE_JWT_SECRET must be at least 32 bytes long", error.getMessage());
  }

  @Test
  void onTheEmbeddedDefaultASecretIsGeneratedOnceKeptPrivateAndSaidInTheLog() throws Exception {
    String first = JwtSecrets.resolve(null, true, dataDir, log::add);
    String second = JwtSecrets.resolve("", true, dataDir, log::add);
    assertEquals(first, second);
    assertTrue(first.length() >= 64);
    assertEquals(1, log.size());
    assertTrue(log.getFirst().contains(dataDir.resolve(JwtSecrets.FILE_NAME).toString()));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(dataDir.resolve(JwtSecrets.FILE_NAME))));
  }

  @Test
  void withAnExternalDatabaseASecretMustBeConfigured() {
    var error =
        assertThrows(
            IllegalStateException.class, () -> JwtSecrets.resolve(null, false, dataDir, log::add));
    assertTrue(
        error.getMessage().startsWith("HOOKLINE_JWT_SECRET must be set when HOOKLINE_DB_URL"));
  }
}
