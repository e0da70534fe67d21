package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.TeamFixture;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publishing an event: 202 with its fan-out, one delivery per live subscription that wants it. */
@MicronautTest
class EventPublishTest {

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
  void aPublisherOfTheTeamGets202WithTheEventAndItsFanOut() {
    team.subscribe(List.of(type));
    JsonNode accepted = team.publish(type, Map.of("orderId", 42));
    assertEquals(Set.of("id", "type", "createdAt", "deliveries"), fieldNames(accepted));
    UUID.fromString(accepted.get("id").asText());
    assertEquals(type, accepted.get("type").asText());
    Instant.parse(accepted.get("createdAt").asText());
    assertEquals(1, accepted.get("deliveries").asInt());
  }

  @Test
  void anAdminMayPublishForTheTeam() {
    var reply =
        api.post(team.path("/events"), Tokens.admin(), Map.of("type", type, "data", List.of()));
    assertEquals(0, reply.expect(202).json().get("deliveries").asInt());
  }

  @Test
  void theFanOutReachesExactlyTheLiveSubscriptionsThatWantTheEvent() {
    String exact = team.subscribe(List.of(type));
    String everything = team.subscribe(List.of("*"));
    String prefix = team.subscribe(List.of("order.*"));
    String aboutOrder42 = team.subscribe(List.of(type), "order", "42");
    team.subscribe(List.of(type), "order", "43");
    team.subscribe(List.of("invoice.*"));
    String disabled = team.subscribe(List.of("*"));
    api.patch(team.path("/subscriptions/" + disabled), team.token(), Map.of("enabled", false))
        .expect(200);
    String deleted = team.subscribe(List.of("*"));
    api.delete(team.path("/subscriptions/" + deleted), team.token()).expect(204);
    new TeamFixture(api).subscribe(List.of("*"));

    JsonNode accepted =
        team.publish(
            Map.of("type", type, "data", Map.of(), "objectType", "order", "objectId", "42"));

    assertEquals(4, accepted.get("deliveries").asInt());
    JsonNode log = team.deliveries("?eventId=" + accepted.get("id").asText());
    assertEquals(
        Set.of(exact, everything, prefix, aboutOrder42),
        Set.copyOf(log.findValuesAsText("subscriptionId")));
  }

  @Test
  void anEventAboutNoObjectSkipsSubscriptionsThatFilterOnAnObject() {
    team.subscribe(List.of(type));
    team.subscribe(List.of(type), "order", "42");
    assertEquals(1, team.publish(type, "shipped").get("deliveries").asInt());
  }

  @Test
  void anEventNobodyWantsIsAcceptedWithoutDeliveries() {
    team.subscribe(List.of("invoice.*"));
    JsonNode accepted = team.publish(type, true);
    assertEquals(0, accepted.get("deliveries").asInt());
    assertEquals(0, team.deliveries("?eventId=" + accepted.get("id").asText()).size());
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
