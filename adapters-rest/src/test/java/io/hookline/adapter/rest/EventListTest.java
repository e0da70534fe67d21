package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.TeamFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a team's events: one by id, or listed newest first, by type, page by page. */
@MicronautTest
class EventListTest {

  @Inject EmbeddedServer server;
  Api api;
  TeamFixture team;
  String order;
  String invoice;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = new TeamFixture(api);
    order = api.createEventType("order");
    invoice = api.createEventType("invoice");
    team.subscribe(List.of("*"));
  }

  @Test
  void readingAnEventShowsEveryFieldWithItsDataAsJson() {
    JsonNode accepted =
        team.publish(
            Map.of("type", order, "data", Map.of("id", 7), "objectType", "order", "objectId", "7"));
    String id = accepted.get("id").asText();
    JsonNode event = api.get(team.path("/events/" + id), team.token()).expect(200).json();
    assertEquals(id, event.get("id").asText());
    assertEquals(order, event.get("type").asText());
    assertEquals(7, event.at("/data/id").asInt());
    assertEquals("order", event.get("objectType").asText());
    assertEquals("7", event.get("objectId").asText());
    assertEquals(1, event.get("deliveries").asInt());
    assertEquals(accepted.get("createdAt"), event.get("createdAt"));
  }

  @Test
  void anEventAboutNoObjectShowsNullObjectFields() {
    String id = team.publish(order, 1).get("id").asText();
    JsonNode event = api.get(team.path("/events/" + id), team.token()).json();
    assertTrue(event.get("objectType").isNull() && event.get("objectId").isNull());
  }

  @Test
  void listingShowsTheNewestFirstAndFiltersByType() {
    String first = team.publish(order, 1).get("id").asText();
    String second = team.publish(invoice, 2).get("id").asText();
    String third = team.publish(order, 3).get("id").asText();
    JsonNode all = api.get(team.path("/events"), team.token()).expect(200).json();
    assertEquals(List.of(third, second, first), all.get("items").findValuesAsText("id"));
    assertTrue(all.get("nextCursor").isNull());
    JsonNode orders = api.get(team.path("/events?type=" + order), team.token()).json();
    assertEquals(List.of(third, first), orders.get("items").findValuesAsText("id"));
  }

  @Test
  void listingPagesThroughEveryEventOnceInOrder() {
    List<String> published = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      published.addFirst(team.publish(order, i).get("id").asText());
    }
    List<String> seen = new ArrayList<>();
    JsonNode page = api.get(team.path("/events?limit=2"), team.token()).expect(200).json();
    while (true) {
      assertTrue(page.get("items").size() <= 2);
      seen.addAll(page.get("items").findValuesAsText("id"));
      if (page.get("nextCursor").isNull()) {
        break;
      }
      String next = "/events?limit=2&cursor=" + page.get("nextCursor").asText();
      page = api.get(team.path(next), team.token()).expect(200).json();
    }
    assertEquals(published, seen);
  }

  @Test
  void anUnknownEventIsA404() {
    api.get(team.path("/events/00000000-0000-0000-0000-000000000000"), team.token())
        .expectProblem(404);
  }

  @Test
  void badListingParametersAreOne400NamingEach() {
    var reply = api.get(team.path("/events?type=9bad&limit=0&cursor=forged"), team.token());
    reply.expectProblem(400);
    assertEquals(Set.of("type", "limit", "cursor"), Set.copyOf(reply.errorFields()));
  }

  @Test
  void aMalformedEventIdIsA400NamingIt() {
    var reply = api.get(team.path("/events/not-a-uuid"), team.token());
    reply.expectProblem(400);
    assertEquals(List.of("eventId"), reply.errorFields());
  }
}
