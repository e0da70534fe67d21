package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The README's walk-through against the whole service, and a restart in between: everything made
 * before the restart is still there after it.
 */
abstract class SpineWalkthroughContract {

  /** The database URL the service runs on; the same for both starts. */
  abstract String jdbcUrl();

  @Test
  void theWalkthroughWorksAndEverythingSurvivesARestart() {
    String admin = HooklineInstance.adminToken();
    String teamName = "acme-" + UUID.randomUUID();
    String eventType = "order.created." + UUID.randomUUID().toString().substring(0, 8);
    String teamId;
    String subscriptionId;
    String secretBefore;
    try (var hookline = HooklineInstance.start(jdbcUrl())) {
      teamId =
          hookline
              .call(201, "POST", "/api/v1/teams", admin, "{\"name\":\"" + teamName + "\"}")
              .get("id")
              .asText();
      hookline.call(
          201,
          "POST",
          "/api/v1/event-types",
          admin,
          "{\"name\":\"" + eventType + "\",\"description\":\"An order was placed\"}");
      String member = HooklineInstance.token(List.of(), List.of(teamId));
      JsonNode created =
          hookline.call(
              201,
              "POST",
              "/api/v1/teams/" + teamId + "/subscriptions",
              member,
              "{\"url\":\"https://receiver.example/hooks\",\"eventTypes\":[\""
                  + eventType
                  + "\"],"
                  + "\"headers\":{\"X-Tenant\":\"acme\"}}");
      subscriptionId = created.get("id").asText();
      secretBefore = created.get("secret").asText();
      assertTrue(secretBefore.startsWith("whsec_"));
      String rotated =
          hookline
              .call(
                  200,
                  "POST",
                  "/api/v1/teams/" + teamId + "/subscriptions/" + subscriptionId + "/secret/rotate",
                  member,
                  null)
              .get("secret")
              .asText();
      assertNotEquals(secretBefore, rotated);
      secretBefore = rotated;
      hookline.call(
          200,
          "PATCH",
          "/api/v1/teams/" + teamId + "/subscriptions/" + subscriptionId,
          member,
          "{\"description\":\"orders to the warehouse\"}");
    }
    try (var restarted = HooklineInstance.start(jdbcUrl())) {
      String member = HooklineInstance.token(List.of(), List.of(teamId));
      assertEquals(
          teamName,
          restarted.call(200, "GET", "/api/v1/teams/" + teamId, member, null).get("name").asText());
      JsonNode subscription =
          restarted.call(
              200,
              "GET",
              "/api/v1/teams/" + teamId + "/subscriptions/" + subscriptionId,
              member,
              null);
      assertEquals("orders to the warehouse", subscription.get("description").asText());
      assertEquals("acme", subscription.get("headers").get("X-Tenant").asText());
      assertFalse(subscription.has("secret"));
      assertEquals(
          secretBefore,
          restarted
              .call(
                  200,
                  "GET",
                  "/api/v1/teams/" + teamId + "/subscriptions/" + subscriptionId + "/secret",
                  member,
                  null)
              .get("secret")
              .asText());
      restarted.call(
          204,
          "DELETE",
          "/api/v1/teams/" + teamId + "/subscriptions/" + subscriptionId,
          member,
          null);
      restarted.call(
          404, "GET", "/api/v1/teams/" + teamId + "/subscriptions/" + subscriptionId, member, null);
    }
  }

  @Test
  void theHealthEndpointReportsTheDatabaseWithoutAToken() {
    try (var hookline = HooklineInstance.start(jdbcUrl())) {
      JsonNode health = hookline.call(200, "GET", "/health", null, null);
      assertEquals("UP", health.get("status").asText());
      assertEquals("UP", health.get("details").get("jdbc").get("status").asText());
    }
  }
}
