package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
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
 * A deployment that lists another dialect in HOOKLINE_DIALECTS does not expose seed 001: its paths
 * answer 404 like any unknown path, and its event type is not added to the catalog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidDialectSwitchedOffTest {

  @TempDir static Path dataDir;

  private HooklineInstance hookline;
  private String token;

  @BeforeAll
  void startHooklineWithAnotherDialectOnly() {
    hookline =
        HooklineInstance.start(
            Databases.h2File(dataDir), Map.of("hookline.dialects", "challengeme"));
    token = HooklineInstance.token(List.of(), List.of(new Scenario(hookline).teamId));
  }

  @AfterAll
  void stopHookline() {
    hookline.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET  | /WebHookSubscription/GetAllWebhookSubscriptions",
        "GET  | /WebHookSubscription/GetWebhookSubscription?webhookSubscriptionGUID=1",
        "POST | /WebHookSubscription/SubscribeToWebhook",
        "POST | /WebHookSubscription/UpdateWebhookSubscription",
        "POST | /WebHookSubscription/Unsubscribe?webhookSubscriptionGUID=1",
        "GET  | /WebhookTest/SimulateEvent?webHookSubscriptionGUID=1"
      })
  void everyPathOfTheDialectAnswers404(String method, String path) {
    String body = GuidDialectTest.subscribeBody("https://receiver.example/packets");

    var response = hookline.send(method, path, token, method.equals("POST") ? body : null);

    assertEquals(404, response.statusCode(), response::body);
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void itsEventTypeIsNotAddedToTheCatalog() {
    var types = hookline.call(200, "GET", "/api/v1/event-types", token, null).get("items");

    assertFalse(types.findValuesAsText("name").contains("PacketCreated"), types::toString);
  }
}
