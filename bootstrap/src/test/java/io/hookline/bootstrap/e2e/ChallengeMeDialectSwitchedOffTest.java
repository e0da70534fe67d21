package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.ChallengeMeDialectTest.REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hookline.bootstrap.e2e.ChallengeMeDialectTest.Client;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment that lists only other dialects in HOOKLINE_DIALECTS has no ChallengeMe paths. */
class ChallengeMeDialectSwitchedOffTest {

  @TempDir Path dataDir;

  @Test
  void everyChallengeMePathAnswers404AndItsEventsAreNotAddedToTheCatalog() {
    try (var hookline =
        HooklineInstance.start(Databases.h2File(dataDir), Map.of("hookline.dialects", "guid"))) {
      var team = Client.team(hookline);
      String admin = HooklineInstance.adminToken();

      for (String webhooks : new String[] {"webhooks", "webhook"}) {
        assertEquals(
            404,
            hookline.send("GET", "/api/v1/" + webhooks + "/events/all", admin, null).statusCode());
        assertEquals(
            404,
            team.send("POST", team.path(webhooks + "/registration"), REGISTRATION).statusCode());
        assertEquals(404, team.send("GET", team.path(webhooks + "/registered"), null).statusCode());
      }
      String catalog = hookline.send("GET", "/api/v1/event-types", admin, null).body();
      assertFalse(catalog.contains("submittedChallenge"), catalog);
    }
  }
}
