package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Team B's token never reaches team A's data: 403 on A's paths, 404 for A's subscription under B's
 * own path, and A's subscription is untouched afterwards.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamIsolationTest {

  private static final String PATCH = "{\"enabled\": false, \"url\": \"https://evil.example\"}";
  private static final String CREATE =
      "{\"url\": \"https://evil.example\", \"eventTypes\": [\"*\"]}";

  @Inject EmbeddedServer server;
  Api api;
  String teamA;
  String teamB;
  String subscriptionOfA;
  JsonNode originalOfA;

  @BeforeAll
  void setUp() {
    api = new Api(server.getURI());
    teamA = api.createTeam();
    teamB = api.createTeam();
    originalOfA = api.createSubscription(teamA, Tokens.member(teamA));
    subscriptionOfA = originalOfA.get("id").asText();
    api.createSubscription(teamB, Tokens.member(teamB));
  }

  static Stream<Arguments> teamScopedEndpoints() {
    return Stream.of(
        Arguments.of("GET", "", null),
        Arguments.of("POST", "/subscriptions", CREATE),
        Arguments.of("GET", "/subscriptions", null),
        Arguments.of("GET", "/subscriptions/{id}", null),
        Arguments.of("PATCH", "/subscriptions/{id}", PATCH),
        Arguments.of("DELETE", "/subscriptions/{id}", null),
        Arguments.of("GET", "/subscriptions/{id}/secret", null),
        Arguments.of("POST", "/subscriptions/{id}/secret/rotate", null));
  }

  static Stream<Arguments> subscriptionEndpoints() {
    return teamScopedEndpoints().filter(a -> a.get()[1].toString().contains("{id}"));
  }

  @ParameterizedTest(name = "{0} /api/v1/teams/A{1} with B''s token is a 403 naming team A")
  @MethodSource("teamScopedEndpoints")
  void anotherTeamsTokenIsRefusedOnTheTeamsPaths(String method, String suffix, String body) {
    String path = "/api/v1/teams/" + teamA + suffix.replace("{id}", subscriptionOfA);
    var reply = call(method, path, Tokens.member(teamB), body);
    JsonNode problem = reply.expectProblem(403);
    assertEquals("you don't have permission for team " + teamA, problem.get("detail").asText());
    assertFalse(reply.body().contains(subscriptionOfA));
  }

  @ParameterizedTest(name = "{0} /api/v1/teams/B{1} with A''s subscription id is a 404")
  @MethodSource("subscriptionEndpoints")
  void aSubscriptionOfAnotherTeamIsNotFoundUnderTheCallersOwnPath(
      String method, String suffix, String body) {
    String path = "/api/v1/teams/" + teamB + suffix.replace("{id}", subscriptionOfA);
    var reply = call(method, path, Tokens.member(teamB), body);
    reply.expectProblem(404);
    assertFalse(reply.body().contains("whsec_"));
    assertFalse(reply.body().contains("https://example.com"));
  }

  @AfterAll
  void theSubscriptionOfTeamAIsUntouched() {
    String path = "/api/v1/teams/" + teamA + "/subscriptions/" + subscriptionOfA;
    JsonNode now = api.get(path, Tokens.member(teamA)).expect(200).json();
    assertEquals(originalOfA.get("url"), now.get("url"));
    assertEquals(originalOfA.get("enabled"), now.get("enabled"));
    String secret = api.get(path + "/secret", Tokens.member(teamA)).json().get("secret").asText();
    assertEquals(originalOfA.get("secret").asText(), secret);
  }

  private io.hookline.adapter.rest.support.Reply call(
      String method, String path, String token, String body) {
    return body == null
        ? api.sendBytes(method, path, token, null, null)
        : api.send(method, path, token, "application/json", body);
  }
}
