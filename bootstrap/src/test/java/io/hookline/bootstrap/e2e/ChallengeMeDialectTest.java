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

  @TempDir static Path dataDir;
  private HooklineInstance hookline;

  @BeforeAll
  void start() {
    hookline = Client.start(dataDir);
  }

  @AfterAll
  void stop() {
    hookline.close();
  }

  @Test
  void theEventListNamesEveryEventATeamCanRegisterTo() {
    var team = Client.team(hookline);
    JsonNode events = team.json(200, "GET", "/api/v1/webhooks/events/all", null);

    assertTrue(events.isArray());
    List<String> names = new ArrayList<>();
    events.forEach(name -> names.add(name.asText()));
    assertTrue(
        names.containsAll(List.of("submittedChallenge", "startedChallenge")), names::toString);
  }

  @Test
  void aRegistrationIsAcceptedAndListedAsTheDocumentShowsIt() {
    var team = Client.team(hookline);
    team.expect(
        201,
        "POST",
        team.path("webhooks", "registration"),
        REGISTRATION,
        "{\"message\": \"Events Registration Success\"}");

    JsonNode listed = team.json(200, "GET", team.path("webhooks", "registered"), null);

    assertEquals(1, listed.size());
    assertEquals(
        Client.parse(
            """
            {"teamId": "%s", "teamName": "%s", "webhookUrl": "%s", "authorizationToken": "%s",
             "events": ["submittedChallenge", "startedChallenge"]}"""
                .formatted(team.id(), team.name(), URL, TOKEN)),
        listed.get(0));
    assertTrue(listed.at("/0/teamId").asText().matches("[0-9a-f-]{36}"));
  }

  @Test
  void theAuthorizationTokenOfARegisteredUrlIsUpdated() {
    var team = Client.team(hookline);
    team.json(201, "POST", team.path("webhooks", "registration"), REGISTRATION);

    team.expect(
        200,
        "PATCH",
        team.path("webhook", "authorization"),
        "{\"webhookUrl\": \"%s\", \"authorizationToken\": \"new-token-2\"}".formatted(URL),
        "{\"message\": \"Update Authorization Token Success\"}");

    JsonNode listed = team.json(200, "GET", team.path("webhooks", "registered"), null);
    assertEquals("new-token-2", listed.at("/0/authorizationToken").asText());
  }

  @Test
  void theUrlOfAWebhookIsUpdated() {
    var team = Client.team(hookline);
    team.json(201, "POST", team.path("webhooks", "registration"), REGISTRATION);
    String moved = "http://your-address.com/api/v2/webhook";

    team.expect(
        200,
        "PATCH",
        team.path("webhooks", "url"),
        "{\"oldWebhookUrl\": \"%s\", \"newWebhookUrl\": \"%s\"}".formatted(URL, URL),
        "{\"message\": \"Update Url Success\"}");
    team.expect(
        200,
        "PATCH",
        team.path("webhooks", "url"),
        "{\"oldWebhookUrl\": \"%s\", \"newWebhookUrl\": \"%s\"}".formatted(URL, moved),
        "{\"message\": \"Update Url Success\"}");

    JsonNode listed = team.json(200, "GET", team.path("webhooks", "registered"), null);
    assertEquals(moved, listed.at("/0/webhookUrl").asText());
  }

  @Test
  void aLogoutIsConfirmedWithTheEventsInTheOrderGiven() {
    var team = Client.team(hookline);
    team.json(201, "POST", team.path("webhooks", "registration"), REGISTRATION);

    team.expect(
        200,
        "DELETE",
        team.path("webhook", "logout"),
        "{\"webhookUrl\": \"%s\", \"events\": [\"submittedChallenge\", \"startedChallenge\"]}"
            .formatted(URL),
        "{\"message\": \"Logout from submittedChallenge,startedChallenge Events Success\"}");

    team.expect(
        404,
        "GET",
        team.path("webhooks", "registered"),
        null,
        "{\"message\": \"This team are not registered on any event on our system\"}");
  }

  /** A running Hookline and a fresh team of it, acting with a token for that team only. */
  record Client(HooklineInstance hookline, String id, String name, String token) {

    static HooklineInstance start(Path dataDir) {
      return HooklineInstance.start(
          Databases.h2File(dataDir), Map.of("hookline.delivery.allow-private-networks", true));
    }

    static Client team(HooklineInstance hookline) {
      String name = "teamC-" + UUID.randomUUID().toString().substring(0, 8);
      String id =
          hookline
              .call(
                  201,
                  "POST",
                  "/api/v1/teams",
                  HooklineInstance.adminToken(),
                  "{\"name\":\"" + name + "\"}")
              .get("id")
              .asText();
      return new Client(hookline, id, name, HooklineInstance.token(List.of(), List.of(id)));
    }

    /**
     * {@code /api/v1/<webhooks|webhook>/events/<operation>/<this team>}, as the document spells it.
     */
    String path(String webhooks, String operation) {
      return "/api/v1/" + webhooks + "/events/" + operation + "/" + id;
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

    void expect(int status, String method, String path, String body, String expected) {
      assertEquals(parse(expected), json(status, method, path, body));
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
