package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.GuidDialectTest.subscribeBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 001's invalid requests on the running service: wrong GUIDs, syntax errors in the JSON and
 * non-existing values all answer 400 with "The request is invalid".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidDialectErrorsTest {

  private static final String GET = "/WebHookSubscription/GetWebhookSubscription";
  private static final String UPDATE = "/WebHookSubscription/UpdateWebhookSubscription";
  private static final String SUBSCRIBE = "/WebHookSubscription/SubscribeToWebhook";

  @TempDir static Path dataDir;

  private HooklineInstance hookline;
  private String token;

  @BeforeAll
  void startHookline() {
    hookline = HooklineInstance.start(Databases.h2File(dataDir), Map.of());
    token = teamToken();
  }

  @AfterAll
  void stopHookline() {
    hookline.close();
  }

  private String teamToken() {
    return HooklineInstance.token(List.of(), List.of(new Scenario(hookline).teamId));
  }

  /** Asserts the documented 400 and returns the detail that names the problem. */
  private static String assertInvalid(HttpResponse<String> response) throws IOException {
    assertEquals(400, response.statusCode(), response::body);
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode body = HooklineInstance.JSON.readTree(response.body());
    assertEquals("The request is invalid", body.get("Message").asText());
    assertFalse(body.get("MessageDetail").asText().isBlank());
    return body.get("MessageDetail").asText();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET  | /WebHookSubscription/GetWebhookSubscription?webhookSubscriptionGUID=12345",
        "GET  | /WebHookSubscription/GetWebhookSubscription",
        "POST | /WebHookSubscription/Unsubscribe?webhookSubscriptionGUID=0000-0000",
        "GET  | /WebhookTest/SimulateEvent?webHookSubscriptionGUID=string"
      })
  void aWrongOrMissingGuidParameterIsAnInvalidRequest(String method, String path)
      throws IOException {
    assertTrue(assertInvalid(hookline.send(method, path, token, null)).contains("GUID"));
  }

  @Test
  void aWrongGuidInTheBodyIsAnInvalidRequestNamingTheMember() throws IOException {
    String filtered =
        subscribeBody("https://r.example")
            .replace("\"None\"", "\"Packet\"")
            .replace("00000000-0000-0000-0000-000000000000", "string");

    assertTrue(
        assertInvalid(
                hookline.send(
                    "POST",
                    UPDATE,
                    token,
                    GuidDialectTest.updateBody("string", "https://r.example")))
            .startsWith("GUID: "));
    assertTrue(
        assertInvalid(hookline.send("POST", SUBSCRIBE, token, filtered))
            .startsWith("FilterObjectGUID: "));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"Webhook\": \"PacketCreated\",",
        "[\"PacketCreated\"]",
        "\"PacketCreated\"",
        "{\"Webhook\": {\"Name\": \"PacketCreated\"}}",
        "{\"Webhook\": \"PacketCreated\" \"SubscriberURL\": \"https://r.example\"}",
        "''"
      })
  void aSyntaxErrorInTheRequestJsonIsAnInvalidRequest(String body) throws IOException {
    assertInvalid(hookline.send("POST", SUBSCRIBE, token, body));
    assertInvalid(hookline.send("POST", UPDATE, token, body));
  }

  @Test
  void aGuidThatNamesNoSubscriptionOfTheTeamIsAnInvalidRequest() throws IOException {
    String unknown = UUID.randomUUID().toString();
    String otherTeams =
        GuidDialectTest.subscribe(hookline, teamToken(), subscribeBody("https://r.example"))
            .get("GUID")
            .asText();

    for (String guid : List.of(unknown, otherTeams)) {
      String query = "?webhookSubscriptionGUID=" + guid;
      assertInvalid(hookline.send("GET", GET + query, token, null));
      assertInvalid(hookline.send("POST", "/WebHookSubscription/Unsubscribe" + query, token, null));
      assertInvalid(
          hookline.send(
              "POST", UPDATE, token, GuidDialectTest.updateBody(guid, "https://r.example")));
      assertInvalid(
          hookline.send(
              "GET", "/WebhookTest/SimulateEvent?webHookSubscriptionGUID=" + guid, token, null));
    }
  }

  @Test
  void aWebhookThatDoesNotExistIsAnInvalidRequestNamingIt() throws IOException {
    String body = subscribeBody("https://r.example").replace("PacketCreated", "PacketVanished");

    assertEquals(
        "Webhook: unknown or archived event type 'PacketVanished'",
        assertInvalid(hookline.send("POST", SUBSCRIBE, token, body)));
  }

  @Test
  void theSubscribeExampleAsWrittenIsInvalidForItsPlaceholderSubscriberUrl() throws IOException {
    String detail = assertInvalid(hookline.send("POST", SUBSCRIBE, token, subscribeBody("string")));

    assertTrue(detail.startsWith("SubscriberURL: "), detail);
  }
}
