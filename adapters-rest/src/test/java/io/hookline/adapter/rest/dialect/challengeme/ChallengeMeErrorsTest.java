package io.hookline.adapter.rest.dialect.challengeme;

import static io.hookline.adapter.rest.dialect.challengeme.ChallengeMeTeam.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error under the ChallengeMe paths is {@code {"message"}}, in ChallengeMe's words. */
@MicronautTest
class ChallengeMeErrorsTest {

  @Inject EmbeddedServer server;
  Api api;
  ChallengeMeTeam team;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = new ChallengeMeTeam(api);
  }

  /** A {@code {"message"}} body, and nothing else, with the status. */
  private static String assertShape(Reply reply, int status) {
    reply.expect(status);
    assertEquals("application/json", reply.contentType());
    assertEquals(1, reply.json().size(), reply.body());
    return reply.json().path("message").asText();
  }

  private static void assertMessage(Reply reply, int status, String message) {
    assertEquals(message, assertShape(reply, status));
  }

  @Test
  void aRequestWithoutATokenIs401AccessTokenRequired() {
    assertMessage(api.get(BASE + "/all", null), 401, "Access Token Required");
  }

  @Test
  void aTokenThisServerDidNotSignIs401InvalidAccessToken() {
    assertMessage(
        api.get(team.path("registered"), Tokens.adminSignedWithAnotherSecret()),
        401,
        "Invalid Access Token");
  }

  @Test
  void actingForAnotherTeamIsTheDocumented401EvenBeforeTheBodyIsChecked() {
    String other = api.createTeam();
    assertMessage(
        api.get(BASE + "/registered/" + other, team.token),
        401,
        "you don't have permission for team " + other);
    assertMessage(
        api.post(BASE + "/registration/" + other, team.token, Map.of()),
        401,
        "you don't have permission for team " + other);
  }

  @Test
  void anUnknownTeamIsTheDocumented404AndSoIsTextThatIsNoTeamId() {
    String unknown = UUID.randomUUID().toString();
    assertMessage(
        api.get(BASE + "/registered/" + unknown, Tokens.admin()),
        404,
        "There is no such team with " + unknown + " team id");
    assertMessage(
        api.send("DELETE", BASE + "/logout/teamC", Tokens.admin(), "application/json", "{}"),
        404,
        "There is no such team with teamC team id");
  }

  @Test
  void routeMissesWrongMethodsAndWrongContentTypesKeepTheMessageShape() {
    assertMessage(
        api.get(BASE + "/nothing", team.token),
        404,
        "nothing is found at GET " + BASE + "/nothing");
    assertShape(api.get(team.path("registration"), team.token), 405);
    assertShape(
        api.send("POST", team.path("registration"), team.token, "text/plain", "webhookUrl=x"), 415);
  }

  @Test
  void aBodyThatIsNotJsonIs400() {
    assertMessage(
        api.send("POST", team.path("registration"), team.token, "application/json", "{\"web"),
        400,
        "the request body is not valid JSON");
  }

  @Test
  void missingAndMistypedFieldsAre400NamingEachField() {
    assertMessage(
        api.post(team.path("registration"), team.token, Map.of("authorizationToken", "a b")),
        400,
        "\"webhookUrl\" must not be blank; \"events\" must contain at least 1 event name;"
            + " \"authorizationToken\" must be printable ASCII without spaces");
    assertMessage(
        api.post(
            team.path("registration"),
            team.token,
            Map.of("webhookUrl", "https://x.example/hook", "events", "submittedChallenge")),
        400,
        "\"events\" must be an array");
    assertMessage(
        api.patch(team.path("url"), team.token, Map.of("newWebhookUrl", "ftp://x.example")),
        400,
        "\"oldWebhookUrl\" is required");
  }

  @Test
  void oddBodiesAre400WithAMessageNever500() {
    for (String body : List.of("null", "[]", "\"x\"", "{\"events\": [null]}", "")) {
      for (String operation : List.of("registration", "logout")) {
        String method = operation.equals("logout") ? "DELETE" : "POST";
        Reply reply = api.send(method, team.path(operation), team.token, "application/json", body);
        assertFalse(assertShape(reply, 400).isBlank(), body);
      }
    }
    assertShape(api.delete(team.path("logout"), team.token), 400);
  }

  @Test
  void registeringToAnEventTheCatalogDoesNotOfferIs404NamingIt() {
    assertMessage(
        team.register("https://x.example/hook", List.of("startedChallenge", "wonPrize"), "t"),
        404,
        "There is no such events as wonPrize");
  }

  @Test
  void aRefusedDeliveryTargetIs400NamingTheDocumentedField() {
    assertMessage(
        team.register("https://refused.example/hook", List.of("startedChallenge"), "t"),
        400,
        "\"webhookUrl\" resolves to a private address");
  }
}
