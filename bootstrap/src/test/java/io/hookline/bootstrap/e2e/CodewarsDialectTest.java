package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.HooklineInstance.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receiver written against the Codewars Hookbot document, registered through the native API with
 * {@code "format":"codewars"}, gets the documented webhook ping when it is created or updated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodewarsDialectTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  /** The document's "Webhook Ping Event", as written there. */
  private static final String PING =
      """
      {
        "action": "updated",
        "webhook": {
          "id": "53aa3f265b97485984000001"
        }
      }
      """;

  @TempDir static Path dataDir;

  private HooklineInstance hookline;
  private Scenario scenario;
  private TestReceiver receiver;

  @BeforeAll
  void startHookline() {
    hookline =
        HooklineInstance.start(
            Databases.h2File(dataDir), Map.of("hookline.delivery.allow-private-networks", true));
  }

  @AfterAll
  void stopHookline() {
    hookline.close();
  }

  @BeforeEach
  void freshTeamAndReceiver() {
    scenario = new Scenario(hookline);
    receiver = new TestReceiver();
  }

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void creatingAndUpdatingAWebhookEachSendTheDocumentedPing() throws Exception {
    JsonNode webhook = register(scenario, receiver.url("/my/endpoint"));

    TestReceiver.Request created = receiver.await(r -> r.size() == 1, WAIT).getFirst();
    hookline.call(
        200,
        "PATCH",
        scenario.team("/subscriptions/" + webhook.get("id").asText()),
        scenario.admin,
        "{\"url\":\""
            + receiver.url("/my/new-endpoint")
            + "\",\"headers\":{\"X-Tenant\":\"acme\"},\"authorizationToken\":\"tok-1\"}");
    TestReceiver.Request updated = receiver.await(r -> r.size() == 2, WAIT).get(1);

    assertEquals("codewars", webhook.get("format").asText());
    assertEquals("/my/endpoint", created.path());
    assertHookbotHeaders(created, "webhook", webhook.get("secret").asText());
    assertEquals(documentedPing(webhook), JSON.readTree(created.body()));
    assertEquals("/my/new-endpoint", updated.path());
    assertHookbotHeaders(updated, "webhook", webhook.get("secret").asText());
    assertEquals("acme", updated.header("X-Tenant"));
    assertEquals("Bearer tok-1", updated.header("Authorization"));
    assertEquals(documentedPing(webhook), JSON.readTree(updated.body()));
  }

  @Test
  void afterARotationTheSecretHeaderCarriesTheNewSecret() {
    JsonNode webhook = register(scenario, receiver.url("/rotated"));
    receiver.await(r -> r.size() == 1, WAIT);
    String rotated =
        hookline
            .call(
                200,
                "POST",
                scenario.team("/subscriptions/" + webhook.get("id").asText() + "/secret/rotate"),
                scenario.admin,
                null)
            .get("secret")
            .asText();

    hookline.call(
        202,
        "POST",
        scenario.team("/events"),
        scenario.admin,
        "{\"type\":\"user.honor_changed\",\"data\":{\"id\":\"1\",\"honor\":1,\"honor_delta\":1}}");

    TestReceiver.Request event = receiver.await(r -> r.size() == 2, WAIT).get(1);
    assertHookbotHeaders(event, "user", rotated);
  }

  /** Registers {@code url} for every Codewars event, as the Codewars account page would. */
  static JsonNode register(Scenario scenario, String url) {
    return scenario.hookline.call(
        201,
        "POST",
        scenario.team("/subscriptions"),
        scenario.admin,
        "{\"url\":\""
            + url
            + "\",\"eventTypes\":[\"code_challenge.*\",\"user.*\"],\"format\":\"codewars\"}");
  }

  static void assertHookbotHeaders(TestReceiver.Request request, String model, String secret) {
    assertEquals("Codewars Hookbot", request.header("User-Agent"));
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals(model, request.header("X-Webhook-Event"));
    assertEquals(secret, request.header("X-Webhook-Secret"));
    assertTrue(secret.startsWith("whsec_"), secret);
    assertNull(request.header("webhook-signature"), "a Codewars delivery has no signature");
  }

  /** The document's ping with the webhook's id as shown: its first 24 hex digits. */
  private static JsonNode documentedPing(JsonNode webhook) throws Exception {
    String shown = webhook.get("id").asText().replace("-", "").substring(0, 24);
    assertTrue(shown.matches("[0-9a-f]{24}"), shown);
    return JSON.readTree(PING.replace("53aa3f265b97485984000001", shown));
  }
}
