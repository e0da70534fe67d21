package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.TeamFixture;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only admins and the team's publishers publish; every member of the team reads its events. */
@MicronautTest
class EventPublishAccessTest {

  @Inject EmbeddedServer server;
  Api api;
  TeamFixture team;
  String type;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = new TeamFixture(api);
    type = api.createEventType("order");
  }

  @Test
  void aMemberWithoutThePublisherRoleIsA403() {
    JsonNode problem =
        api.post(team.path("/events"), Tokens.member(team.id()), Map.of("type", type, "data", 1))
            .expectProblem(403);
    assertEquals(
        "this operation needs the role admin or publisher", problem.get("detail").asText());
    assertEquals(0, api.get(team.path("/events"), team.token()).json().get("items").size());
  }

  @Test
  void aPublisherOfAnotherTeamIsA403NamingTheTeam() {
    TeamFixture other = new TeamFixture(api);
    JsonNode problem =
        api.post(team.path("/events"), other.token(), Map.of("type", type, "data", 1))
            .expectProblem(403);
    assertEquals("you don't have permission for team " + team.id(), problem.get("detail").asText());
  }

  @Test
  void aMemberWithoutThePublisherRoleReadsTheTeamsEvents() {
    String id = team.publish(type, 1).get("id").asText();
    String member = Tokens.member(team.id());
    assertEquals(1, api.get(team.path("/events"), member).expect(200).json().get("items").size());
    api.get(team.path("/events/" + id), member).expect(200);
  }

  @Test
  void publishingWithoutATokenIsA401() {
    api.post(team.path("/events"), null, Map.of("type", type, "data", 1)).expectProblem(401);
  }
}
