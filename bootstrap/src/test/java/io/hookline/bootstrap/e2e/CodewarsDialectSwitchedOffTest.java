package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment whose {@code hookline.dialects} leaves Codewars out offers none of its event types,
 * so nothing can be registered for or published as a Codewars event.
 */
class CodewarsDialectSwitchedOffTest {

  private static final List<String> CODEWARS_TYPES =
      List.of(
          "code_challenge.created",
          "code_challenge.approve_successful",
          "code_challenge.voted",
          "code_challenge.solution_finalized",
          "user.rank_upgraded",
          "user.honor_changed");

  @TempDir Path dataDir;

  @Test
  void withoutTheCodewarsDialectItsEventsAreUnknown() {
    try (var hookline =
        HooklineInstance.start(
            Databases.h2File(dataDir),
            Map.of(
                "hookline.dialects",
                "screver",
                "hookline.delivery.allow-private-networks",
                true))) {
      var scenario = new Scenario(hookline);

      List<String> catalog =
          hookline
              .call(200, "GET", "/api/v1/event-types", scenario.admin, null)
              .get("items")
              .findValuesAsText("name");
      var registered =
          hookline.send(
              "POST",
              scenario.team("/subscriptions"),
              scenario.admin,
              "{\"url\":\"http://127.0.0.1:9/my/endpoint\","
                  + "\"eventTypes\":[\"code_challenge.created\"],\"format\":\"codewars\"}");
      var published =
          hookline.send(
              "POST",
              scenario.team("/events"),
              scenario.admin,
              "{\"type\":\"user.honor_changed\",\"data\":{\"id\":\"1\"}}");

      for (String codewars : CODEWARS_TYPES) {
        assertFalse(catalog.contains(codewars), codewars + " is in the catalog: " + catalog);
      }
      assertEquals(400, registered.statusCode());
      assertTrue(
          registered.body().contains("unknown or archived event type 'code_challenge.created'"),
          registered.body());
      assertEquals(400, published.statusCode());
      assertTrue(
          published.body().contains("unknown or archived event type 'user.honor_changed'"),
          published.body());
    }
  }
}
