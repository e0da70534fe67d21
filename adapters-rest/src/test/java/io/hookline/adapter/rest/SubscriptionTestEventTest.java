package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.TeamFixture;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A test event goes to one subscription only, whatever it selects, and shows in the log. */
@MicronautTest
class SubscriptionTestEventTest {

  @Inject EmbeddedServer server;
  Api api;
  TeamFixture team;
  String tested;
  String bystander;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = new TeamFixture(api);
    tested = team.subscribe(List.of("invoice.*"));
    bystander = team.subscribe(List.of("*"));
  }

  @Test
  void aTestEventIsAPingWithOneDeliveryToThatSubscriptionOnly() {
    JsonNode sent = sendTest(null).expect(202).json();
    assertEquals("hookline.ping", sent.get("type").asText());
    String eventId = sent.get("eventId").asText();
    JsonNode log = team.deliveries("?eventId=" + eventId);
    assertEquals(1, log.size());
    assertEquals(sent.get("deliveryId"), log.get(0).get("id"));
    assertEquals(tested, log.get(0).get("subscriptionId").asText());
    assertEquals("pending", log.get(0).get("status").asText());
    JsonNode event = api.get(team.path("/events/" + eventId), team.token()).expect(200).json();
    assertEquals("hookline.ping", event.get("type").asText());
    assertEquals(1, event.get("deliveries").asInt());
    assertEquals(tested, event.at("/data/subscriptionId").asText());
    assertEquals(List.of(), team.deliveryIds("?subscriptionId=" + bystander));
  }

  @Test
  void anEmptyBodyAlsoSendsAPing() {
    assertEquals("hookline.ping", sendTest(Map.of()).expect(202).json().get("type").asText());
  }

  @Test
  void aTestEventMayHaveAnyTypeOfTheCatalog() {
    String type = api.createEventType("order");
    JsonNode sent = sendTest(Map.of("eventType", type)).expect(202).json();
    assertEquals(type, sent.get("type").asText());
    assertEquals(
        tested, team.delivery(sent.get("deliveryId").asText()).get("subscriptionId").asText());
  }

  @Test
  void anUnknownOrArchivedTypeIsA400NamingEventType() {
    String archived = api.createEventType("old");
    api.delete("/api/v1/event-types/" + archived, Tokens.admin()).expect(204);
    for (String type : List.of("never.defined", archived, "9-not-a-name")) {
      Reply reply = sendTest(Map.of("eventType", type));
      reply.expectProblem(400);
      assertEquals(List.of("eventType"), reply.errorFields());
    }
    assertEquals(0, team.deliveries("").size());
  }

  @Test
  void aDeletedSubscriptionCannotBeTested() {
    api.delete(team.path("/subscriptions/" + tested), team.token()).expect(204);
    sendTest(null).expectProblem(404);
  }

  private Reply sendTest(Map<String, String> body) {
    String path = team.path("/subscriptions/" + tested + "/test");
    return body == null
        ? api.sendBytes("POST", path, team.token(), null, null)
        : api.post(path, team.token(), body);
  }
}
