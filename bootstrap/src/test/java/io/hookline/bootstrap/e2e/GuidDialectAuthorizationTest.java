package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.bootstrap.TokenMinter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 001's authorization check, step by step: Swagger UI lists the operations; a request with
 * valid details but no login is denied with "Authorization has been denied for this request"; the
 * same request, logged in, succeeds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidDialectAuthorizationTest {

  private static final String FOREIGN =
      new TokenMinter("a-secret-this-server-never-saw-0123456789")
          .mint("e2e", List.of("admin"), List.of(), Duration.ofHours(1));

  @TempDir static Path dataDir;

  private HooklineInstance hookline;
  private String token;

  @BeforeAll
  void startHookline() {
    hookline = HooklineInstance.start(Databases.h2File(dataDir), Map.of());
    token = HooklineInstance.token(List.of(), List.of(new Scenario(hookline).teamId));
  }

  @AfterAll
  void stopHookline() {
    hookline.close();
  }

  @Test
  void swaggerUiListsTheseOperations() {
    String document = hookline.send("GET", "/openapi.yml", null, null).body();

    for (String operation :
        List.of(
            "GetAllWebhookSubscriptions",
            "GetWebhookSubscription",
            "SubscribeToWebhook",
            "UpdateWebhookSubscription",
            "Unsubscribe")) {
      assertTrue(document.contains("\n  /WebHookSubscription/" + operation + ":\n"), operation);
    }
    assertTrue(document.contains("\n  /WebhookTest/SimulateEvent:\n"));
    assertEquals(200, hookline.send("GET", "/swagger-ui", null, null).statusCode());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "GET  | /WebHookSubscription/GetAllWebhookSubscriptions                        | -",
        "GET  | /WebHookSubscription/GetWebhookSubscription?webhookSubscriptionGUID=<guid> | -",
        "POST | /WebHookSubscription/SubscribeToWebhook                                | subscribe",
        "POST | /WebHookSubscription/UpdateWebhookSubscription                         | update",
        "GET  | /WebhookTest/SimulateEvent?webHookSubscriptionGUID=<guid>             | -",
        "POST | /WebHookSubscription/Unsubscribe?webhookSubscriptionGUID=<guid>       | -"
      })
  void aRequestWithValidDetailsIsDeniedWithoutLoginAndSucceedsOnceLoggedIn(
      String method, String path, String parameters) throws IOException {
    String guid =
        GuidDialectTest.subscribe(
                hookline, token, GuidDialectTest.subscribeBody("https://receiver.example/p"))
            .get("GUID")
            .asText();
    String request = path.replace("<guid>", guid);
    String details =
        switch (String.valueOf(parameters)) {
          case "subscribe" -> GuidDialectTest.subscribeBody("https://receiver.example/q");
          case "update" -> GuidDialectTest.updateBody(guid, "https://receiver.example/q");
          default -> null;
        };

    for (String notLoggedIn : new String[] {null, FOREIGN, "not-a-token"}) {
      var denied = hookline.send(method, request, notLoggedIn, details);
      assertEquals(401, denied.statusCode(), denied::body);
      assertEquals("application/json", denied.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(
          "Authorization has been denied for this request",
          HooklineInstance.JSON.readTree(denied.body()).get("Message").asText());
    }
    var retried = hookline.send(method, request, token, details);
    assertEquals(200, retried.statusCode(), retried::body);
  }
}
