package io.hookline.adapter.rest.dialect.screver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every failure under /api/v2/webhooks, whether Micronaut, the token check or the core refuses the
 * request, comes back as {statusCode, message, error}; the native API keeps problem details.
 */
@MicronautTest
class ScreverErrorBodyTest {

  private static final String WEBHOOKS = "/api/v2/webhooks";

  @Inject EmbeddedServer server;
  Api api;
  String team;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = api.createTeam();
  }

  static JsonNode expectScreverError(Reply reply, int status, String error) {
    reply.expect(status);
    assertEquals("application/json", reply.contentType(), reply.body());
    assertTrue(
        reply.body().startsWith("{\"statusCode\":" + status + ",\"message\":"), reply.body());
    JsonNode body = reply.json();
    assertEquals(List.of("statusCode", "message", "error"), fieldNames(body));
    assertEquals(error, body.get("error").asText());
    return body;
  }

  static List<String> fieldNames(JsonNode node) {
    return List.copyOf(node.properties().stream().map(Map.Entry::getKey).toList());
  }

  @Test
  void aRequestWithoutATokenIsUnauthorized() {
    JsonNode body = expectScreverError(api.get(WEBHOOKS + "?limit=5", null), 401, "Unauthorized");
    assertTrue(body.get("message").asText().contains("bearer token"));
  }

  @Test
  void aTokenThisServerDidNotSignIsUnauthorized() {
    expectScreverError(
        api.get(WEBHOOKS + "/5d9b4816de62163caf637d5c", Tokens.adminSignedWithAnotherSecret()),
        401,
        "Unauthorized");
  }

  @Test
  void aPathUnderTheDialectThatDoesNotExistIsNotFound() {
    JsonNode body =
        expectScreverError(api.get(WEBHOOKS + "/a/b", Tokens.member(team)), 404, "Not Found");
    assertEquals("nothing is found at GET /api/v2/webhooks/a/b", body.get("message").asText());
  }

  @Test
  void anUnknownWebhookIdIsNotFoundWhateverTheMethod() {
    String path = WEBHOOKS + "/5d9b4816de62163caf637d5c";
    for (Reply reply :
        List.of(
            api.get(path, Tokens.member(team)),
            api.send("PUT", path, Tokens.member(team), "application/json", "{}"),
            api.delete(path, Tokens.member(team)))) {
      JsonNode body = expectScreverError(reply, 404, "Not Found");
      assertEquals("webhook '5d9b4816de62163caf637d5c' not found", body.get("message").asText());
    }
  }

  @Test
  void aMethodTheApiDoesNotOfferIsNotAllowed() {
    Reply reply = api.patch(WEBHOOKS + "/5d9b4816de62163caf637d5c", Tokens.member(team), "{}");
    expectScreverError(reply, 405, "Method Not Allowed");
    assertTrue(reply.header("Allow").contains("PUT"), reply.header("Allow"));
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
    expectScreverError(
        api.send("POST", WEBHOOKS, Tokens.member(team), "text/plain", "type=optionSelected"),
        415,
        "Unsupported Media Type");
  }

  @Test
  void malformedJsonIsABadRequest() {
    JsonNode body =
        expectScreverError(
            api.send("POST", WEBHOOKS, Tokens.member(team), "application/json", "{\"type\":"),
            400,
            "Bad Request");
    assertEquals("the request body is not valid JSON", body.get("message").asText());
  }

  @Test
  void aTokenOfSeveralTeamsMustNameOneInTheHeader() {
    String other = api.createTeam();
    JsonNode body =
        expectScreverError(
            api.get(WEBHOOKS + "?limit=5", Tokens.member(team, other)), 400, "Bad Request");
    assertTrue(
        body.get("message").asText().startsWith("X-Hookline-Team: this token may act for several"),
        body.toString());
  }

  @Test
  void anAdminTokenWithoutTeamsMustNameTheTeam() {
    JsonNode body =
        expectScreverError(api.get(WEBHOOKS + "?limit=5", Tokens.admin()), 400, "Bad Request");
    assertEquals(
        "X-Hookline-Team: an admin token without teams must name the team in the"
            + " X-Hookline-Team header",
        body.get("message").asText());
  }

  @Test
  void theTeamHeaderCannotReachATeamOutsideTheToken() {
    String other = api.createTeam();
    Reply reply =
        api.post(WEBHOOKS, Tokens.member(team), Map.of(), Map.of("X-Hookline-Team", other));
    JsonNode body = expectScreverError(reply, 403, "Forbidden");
    assertEquals("you don't have permission for team " + other, body.get("message").asText());
  }

  @Test
  void theNativeApiKeepsProblemDetails() {
    api.get("/api/v1/teams", null).expectProblem(401);
    api.get("/api/v2/other", Tokens.admin()).expectProblem(404);
  }
}
