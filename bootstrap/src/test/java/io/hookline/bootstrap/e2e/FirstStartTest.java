package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.bootstrap.TokenMinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a fresh embedded install the service makes its own token secret at start and keeps it. */
class FirstStartTest {

  @TempDir Path dataDir;

  @Test
  void aFreshServiceGeneratesItsSecretAtStartAndAcceptsTokensSignedWithIt() throws Exception {
    Map<String, Object> noSecret =
        Map.of("hookline.jwt-secret", "", "hookline.data-dir", dataDir.toString());
    try (var hookline = HooklineInstance.start(Databases.h2File(dataDir), noSecret)) {
      Path secretFile = dataDir.resolve("jwt-secret");
      assertTrue(Files.exists(secretFile), "the secret is made at start, before any request");
      String secret = Files.readString(secretFile).strip();
      String token =
          new TokenMinter(secret).mint("cli", List.of("admin"), List.of(), Duration.ofMinutes(5));
      assertEquals(200, hookline.send("GET", "/api/v1/teams", token, null).statusCode());
      String foreign = HooklineInstance.adminToken();
      assertEquals(401, hookline.send("GET", "/api/v1/teams", foreign, null).statusCode());
    }
  }
}
