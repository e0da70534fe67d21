package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.TeamFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A publisher of team B never reaches team A's events and deliveries: 403 on A's paths, 404 for A's
 * ids under B's own path, and A's log is unchanged afterwards.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryTeamIsolationTest {

  private static final String SINCE = "{\"since\": \"2000-01-01T00:00:00Z\"}";

  @Inject EmbeddedServer server;
  Api api;
  TeamFixture teamA;
  TeamFixture teamB;
  String publishBody;
  String event;
  String delivery;
  String subscription;

  @BeforeAll
  void setUp() {
    api = new Api(server.getURI());
    teamA = new TeamFixture(api);
    teamB = new TeamFixture(api);
    String type = api.createEventType("order");
    publishBody = "{\"type\": \"" + type + "\", \"data\": {\"secret\": \"of A\"}}";
    subscription = teamA.subscribe(List.of("*"));
    event = teamA.publish(type, "of A").get("id").asText();
    delivery = teamA.onlyDeliveryOf(event);
  }

  Stream<Arguments> teamScopedEndpoints() {
    return Stream.of(
        Arguments.of("POST", "/events", publishBody),
        Arguments.of("GET", "/events", null),
        Arguments.of("GET", "/events/{event}", null),
        Arguments.of("GET", "/deliveries", null),
        Arguments.of("GET", "/deliveries/{delivery}", null),
        Arguments.of("POST", "/deliveries/{delivery}/retry", null),
        Arguments.of("POST", "/subscriptions/{subscription}/recover", SINCE),
        Arguments.of("POST", "/subscriptions/{subscription}/test", null));
  }

  Stream<Arguments> resourceEndpoints() {
    return teamScopedEndpoints().filter(a -> a.get()[1].toString().contains("{"));
  }

  @ParameterizedTest(name = "{0} /api/v1/teams/A{1} with B''s token is a 403 naming team A")
  @MethodSource("teamScopedEndpoints")
  void anotherTeamsTokenIsRefusedOnTheTeamsPaths(String method, String suffix, String body) {
    Reply reply = call(method, teamA.path(ids(suffix)), body);
    JsonNode problem = reply.expectProblem(403);
    assertEquals(
        "you don't have permission for team " + teamA.id(), problem.get("detail").asText());
    assertFalse(reply.body().contains("of A"));
  }

  @ParameterizedTest(name = "{0} /api/v1/teams/B{1} with A''s id is a 404")
  @MethodSource("resourceEndpoints")
  void aResourceOfAnotherTeamIsNotFoundUnderTheCallersOwnPath(
      String method, String suffix, String body) {
    Reply reply = call(method, teamB.path(ids(suffix)), body);
    reply.expectProblem(404);
    assertFalse(reply.body().contains("of A"));
  }

  @AfterAll
  void theLogOfTeamAIsUnchanged() {
    JsonNode events = api.get(teamA.path("/events"), teamA.token()).json().get("items");
    assertEquals(List.of(event), events.findValuesAsText("id"));
    assertEquals(List.of(delivery), teamA.deliveryIds(""));
    assertEquals(0, teamB.deliveries("").size());
  }

  private String ids(String suffix) {
    return suffix
        .replace("{event}", event)
        .replace("{delivery}", delivery)
        .replace("{subscription}", subscription);
  }

  private Reply call(String method, String path, String body) {
    return body == null
        ? api.sendBytes(method, path, teamB.token(), null, null)
        : api.send(method, path, teamB.token(), "application/json", body);
  }
}
