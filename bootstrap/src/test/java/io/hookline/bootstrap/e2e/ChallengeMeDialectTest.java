package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request example of the ChallengeMe webhooks document, sent as written (its comments aside)
 * to the running service, answers with the documented status and body.
 *
 * <p>The document's placeholder host {@code your_address.com} has an underscore, which no HTTP
 * client can reach (ChallengeMeDialectErrorsTest shows its 400), so the successful examples name
 * {@code your-address.com}; the documented errors use the document's URL unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeMeDialectTest {

  static final String DOCUMENT_URL = "http://your_address.com/api/v1/webhook";
  static final String URL = "http://your-address.com/api/v1/webhook";
  static final String TOKEN = "1234567abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String REGISTRATION =
      """
      {"webhookUrl": "%s", "events": ["submittedChallenge", "startedChallenge"],
       "authorizationToken": "%s"}"""
          .formatted(URL, TOKEN);
  static final String LOGOUT =
      "{\"webhookUrl\": \"%s\", \"events\": [\"submittedChallenge\", \"startedChallenge\"]}";

  @TempDir static Path dataDir;
  private HooklineInstance hookline;
  private Client team;

  @BeforeAll
  void start() {
    hookline = Client.start(dataDir);
    team = Client.team(hookline);
  }

  @AfterAll
  void stop() {
    hookline.close();
  }

  @Test
  void theDocumentsExamplesRegisterUpdateAndLogOutAWebhook() {
    team.expect(201, "Events Registration Success", "POST", "webhooks/registration", REGISTRATION);
    String token = "{\"webhookUrl\": \"%s\", \"authorizationToken\": \"%s\"}".formatted(URL, TOKEN);
    team.expect(200, "Update Authorization Token Success", "PATCH", "webhook/authorization", token);
    String url = "{\"oldWebhookUrl\": \"%s\", \"newWebhookUrl\": \"%s\"}".formatted(URL, URL);
    team.expect(200, "Update Url Success", "PATCH", "webhooks/url", url);
    team.expect(
        200,
        "Logout from submittedChallenge,startedChallenge Events Success",
        "DELETE",
        "webhook/logout",
        LOGOUT.formatted(URL));
  }

  @Test
  void theEventListNamesEveryEventATeamCanRegisterTo() {
    JsonNode events = team.json(200, "GET", "/api/v1/webhooks/events/all", null);

    assertTrue(events.isArray(), events::toString);
    List<String> names = new ArrayList<>();
    events.forEach(name -> names.add(name.isTextual() ? name.asText() : "not a name: " + name));
    assertTrue(
        names.containsAll(List.of("submittedChallenge", "startedChallenge")), names::toString);
  }

  @Test
  void theRegisteredListingShowsWhatTheDocumentShows() {
    var fresh = Client.team(hookline);
    fresh.expect(201, "Events Registration Success", "POST", "webhooks/registration", REGISTRATION);

    JsonNode listed = fresh.json(200, "GET", fresh.path("webhooks/registered"), null);

    String expected =
        """
        [{"teamId": "%s", "teamName": "%s", "webhookUrl": "%s", "authorizationToken": "%s",
          "events": ["submittedChallenge", "startedChallenge"]}]""";
    assertEquals(Client.parse(expected.formatted(fresh.id(), fresh.name(), URL, TOKEN)), listed);
    assertTrue(
        listed.at("/0/teamId").asText().matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"));
  }

  @Test
  void updatesShowInTheListingAndTheLastLogoutLeavesNothingRegistered() {
    var fresh = Client.team(hookline);
    String moved = "http://your-address.com/api/v2/webhook";
    fresh.json(201, "POST", fresh.path("webhooks/registration"), REGISTRATION);
    String token = "{\"webhookUrl\": \"%s\", \"authorizationToken\": \"tok-2\"}".formatted(URL);
    fresh.expect(
        200, "Update Authorization Token Success", "PATCH", "webhooks/authorization", token);
    String url = "{\"oldWebhookUrl\": \"%s\", \"newWebhookUrl\": \"%s\"}".formatted(URL, moved);
    fresh.expect(200, "Update Url Success", "PATCH", "webhook/url", url);

    JsonNode listed = fresh.json(200, "GET", fresh.path("webhook/registered"), null);
    assertEquals(
        List.of("tok-2", moved),
        List.of(listed.at("/0/authorizationToken").asText(), listed.at("/0/webhookUrl").asText()));

    fresh.json(200, "DELETE", fresh.path("webhooks/logout"), LOGOUT.formatted(moved));
    fresh.expect(
        404, ChallengeMeDialectErrorsTest.NOT_REGISTERED, "GET", "webhooks/registered", null);
  }

  /** A running Hookline and a fresh team of it, acting with a token for that team only. */
  record Client(HooklineInstance hookline, String id, String name, String token) {

    static HooklineInstance start(Path dataDir) {
      return HooklineInstance.start(
          Databases.h2File(dataDir), Map.of("hookline.delivery.allow-private-networks", true));
    }

    static Client team(HooklineInstance hookline) {
      String name = "teamC-" + UUID.randomUUID().toString().substring(0, 8);
      String admin = HooklineInstance.adminToken();
      JsonNode team =
          hookline.call(201, "POST", "/api/v1/teams", admin, "{\"name\":\"" + name + "\"}");
      String id = team.get("id").asText();
      return new Client(hookline, id, name, HooklineInstance.token(List.of(), List.of(id)));
    }

    /**
     * {@code /api/v1/<webhooks|webhook>/events/<operation>/<this team>}, as the document spells it.
     */
    String path(String webhooksSlashOperation) {
      String[] parts = webhooksSlashOperation.split("/");
      return "/api/v1/" + parts[0] + "/events/" + parts[1] + "/" + id;
    }

    HttpResponse<String> send(String method, String path, String body) {
      return hookline.send(method, path, token, body);
    }

    JsonNode json(int status, String method, String path, String body) {
      HttpResponse<String> response = send(method, path, body);
      assertEquals(
          status, response.statusCode(), () -> method + " " + path + ": " + response.body());
      assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
      return parse(response.body());
    }

    /** Sends to this team's operation and expects {@code {"message": message}} with the status. */
    void expect(int status, String message, String method, String operation, String body) {
      JsonNode answer = json(status, method, path(operation), body);
      assertEquals(HooklineInstance.JSON.createObjectNode().put("message", message), answer);
    }

    static JsonNode parse(String json) {
      try {
        return HooklineInstance.JSON.readTree(json);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + json, e);
      }
    }
  }
}
