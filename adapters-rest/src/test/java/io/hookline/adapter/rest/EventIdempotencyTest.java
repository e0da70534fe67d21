package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.TeamFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key makes a publish safe to repeat: a replay answers the first publish again. */
@MicronautTest
class EventIdempotencyTest {

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
    team.subscribe(List.of(type));
  }

  @Test
  void aReplayWithTheSameKeyAnswersTheSameBodyAndCreatesNothing() {
    JsonNode first = publish(team, "key-1", Map.of("n", 1));
    JsonNode replay = publish(team, "key-1", Map.of("n", 2));
    assertEquals(first, replay);
    assertEquals(2, replay.get("deliveries").asInt());
    assertEquals(1, events(team).size());
    assertEquals(2, team.deliveries("").size());
  }

  @Test
  void differentKeysPublishTwoEvents() {
    JsonNode first = publish(team, "key-1", Map.of());
    JsonNode second = publish(team, "key-2", Map.of());
    assertNotEquals(first.get("id"), second.get("id"));
    assertEquals(2, events(team).size());
    assertEquals(4, team.deliveries("").size());
  }

  @Test
  void theSameKeyInAnotherTeamIsAnotherPublish() {
    TeamFixture other = new TeamFixture(api);
    JsonNode ours = publish(team, "shared-key", Map.of());
    JsonNode theirs = publish(other, "shared-key", Map.of());
    assertNotEquals(ours.get("id"), theirs.get("id"));
    assertEquals(1, events(other).size());
  }

  private JsonNode publish(TeamFixture publisher, String key, Object data) {
    return api.post(
            publisher.path("/events"),
            publisher.token(),
            Map.of("type", type, "data", data),
            Map.of("Idempotency-Key", key))
        .expect(202)
        .json();
  }

  private JsonNode events(TeamFixture owner) {
    return api.get(owner.path("/events"), owner.token()).expect(200).json().get("items");
  }
}
