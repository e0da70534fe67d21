package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A deployment whose HOOKLINE_DIALECTS leaves Screver out has no /api/v2/webhooks at all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreverDialectSwitchedOffTest {

  @TempDir static Path dataDir;
  private HooklineInstance hookline;

  @BeforeAll
  void start() {
    hookline =
        HooklineInstance.start(Databases.h2File(dataDir), Map.of("hookline.dialects", "guid"));
  }

  @AfterAll
  void stop() {
    hookline.close();
  }

  @Test
  void everyScreverPathAnswersNotFoundAsTheNativeApiDoes() {
    String teamId = new Scenario(hookline).teamId;
    String token = HooklineInstance.token(List.of(), List.of(teamId));
    String body =
        "{\"type\":\"optionSelected\",\"url\":\"https://go.screver.com/api/v1/test-webhook\"}";

    for (String request :
        List.of(
            "POST /api/v2/webhooks",
            "GET /api/v2/webhooks?limit=5",
            "GET /api/v2/webhooks/5d9b4b4ede62163caf637d5d",
            "PUT /api/v2/webhooks/5d9b4816de62163caf637d5c",
            "DELETE /api/v2/webhooks/5d10840f5b4ca0038509890c")) {
      String[] parts = request.split(" ");
      boolean withBody = parts[0].equals("POST") || parts[0].equals("PUT");
      var response = hookline.send(parts[0], parts[1], token, withBody ? body : null);

      assertEquals(404, response.statusCode(), request);
      assertEquals(
          "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }
  }

  @Test
  void theScreverEventTypesAreNotAddedToTheCatalog() {
    JsonNode types =
        hookline.call(200, "GET", "/api/v1/event-types", HooklineInstance.adminToken(), null);

    types
        .get("items")
        .forEach(type -> assertFalse(type.get("name").asText().equals("optionSelected")));
  }
}
