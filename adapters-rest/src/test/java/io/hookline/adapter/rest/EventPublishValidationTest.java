package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.TeamFixture;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A publish with bad input is a 400 naming every bad field, and nothing is published. */
@MicronautTest
class EventPublishValidationTest {

  @Inject EmbeddedServer server;
  Api api;
  TeamFixture team;
  String type;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = new TeamFixture(api);
    type = api.createEventType("order");
    team.subscribe(List.of("*"));
  }

  @Test
  void anUnknownTypeIsA400NamingType() {
    assertRefused(publish(Map.of("type", "never.defined", "data", 1)), "type");
  }

  @Test
  void anArchivedTypeIsA400NamingType() {
    api.delete("/api/v1/event-types/" + type, Tokens.admin()).expect(204);
    assertRefused(publish(Map.of("type", type, "data", 1)), "type");
  }

  @Test
  void aMissingDataIsA400NamingData() {
    assertRefused(publish(Map.of("type", type)), "data");
  }

  @Test
  void anObjectTypeWithoutObjectIdIsA400NamingObjectId() {
    assertRefused(publish(Map.of("type", type, "data", 1, "objectType", "order")), "objectId");
  }

  @Test
  void anObjectIdWithoutObjectTypeIsA400NamingObjectType() {
    assertRefused(publish(Map.of("type", type, "data", 1, "objectId", "42")), "objectType");
  }

  @Test
  void oneRequestNamesEveryBadFieldAndHeader() {
    var reply =
        api.post(
            team.path("/events"),
            team.token(),
            Map.of("type", "9-not-a-name", "objectType", "order"),
            Map.of("Idempotency-Key", "k".repeat(256)));
    reply.expectProblem(400);
    assertEquals(
        Set.of("type", "data", "objectId", "Idempotency-Key"), Set.copyOf(reply.errorFields()));
    assertEquals(0, api.get(team.path("/events"), team.token()).json().get("items").size());
  }

  @Test
  void publishingToATeamThatDoesNotExistIsA404() {
    api.post(
            "/api/v1/teams/" + UUID.randomUUID() + "/events",
            Tokens.admin(),
            Map.of("type", type, "data", 1))
        .expectProblem(404);
  }

  private Reply publish(Map<String, Object> body) {
    return api.post(team.path("/events"), team.token(), body);
  }

  private void assertRefused(Reply reply, String field) {
    reply.expectProblem(400);
    assertEquals(List.of(field), reply.errorFields());
    assertEquals(0, api.get(team.path("/events"), team.token()).json().get("items").size());
    assertEquals(0, team.deliveries("").size());
  }
}
