package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subscription requests with bad input are 400s that name every bad field. */
@MicronautTest
class SubscriptionValidationTest {

  @Inject EmbeddedServer server;
  Api api;
  String team;
  String token;
  String base;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = api.createTeam();
    token = Tokens.member(team);
    base = "/api/v1/teams/" + team + "/subscriptions";
  }

  @Test
  void badPathIdsAreA400NamingBoth() {
    var reply = api.get("/api/v1/teams/x/subscriptions/y", token);
    reply.expectProblem(400);
    assertEquals(List.of("teamId", "subscriptionId"), reply.errorFields());
  }

  @Test
  void oneBadRequestNamesEveryInvalidField() {
    var reply =
        api.post(
            base,
            token,
            Map.of(
                "url",
                "ftp://files.example",
                "eventTypes",
                List.of("*", "9bad"),
                "headers",
                Map.of("Content-Type", "text/plain"),
                "authorizationToken",
                "has space",
                "filter",
                Map.of("objectType", "order"),
                "format",
                "carrier-pigeon"));
    JsonNode problem = reply.expectProblem(400);
    assertEquals("Bad Request", problem.get("title").asText());
    assertEquals(
        Set.of(
            "url",
            "eventTypes[1]",
            "headers.Content-Type",
            "authorizationToken",
            "filter.objectId",
            "format"),
        Set.copyOf(reply.errorFields()));
  }

  @Test
  void missingRequiredFieldsAreA400NamingThem() {
    var reply = api.post(base, token, Map.of());
    reply.expectProblem(400);
    assertEquals(List.of("url", "eventTypes"), reply.errorFields());
  }

  @Test
  void unknownOrArchivedEventTypesAreA400() {
    String archived = api.createEventType("old");
    api.delete("/api/v1/event-types/" + archived, Tokens.admin()).expect(204);
    var reply =
        api.post(
            base,
            token,
            Map.of("url", "https://r.example", "eventTypes", List.of(archived, "never.seen")));
    reply.expectProblem(400);
    assertEquals(List.of("eventTypes"), reply.errorFields());
  }

  @Test
  void valuesOfTheWrongJsonTypeAreA400NamingTheField() {
    var reply =
        api.post(base, token, Map.of("url", "https://r.example", "eventTypes", "order.created"));
    reply.expectProblem(400);
    assertEquals(List.of("eventTypes"), reply.errorFields());
    assertEquals("must be an array", reply.json().at("/errors/0/message").asText());
    var nested =
        api.post(
            base,
            token,
            Map.of(
                "url",
                "https://r.example",
                "eventTypes",
                List.of("*"),
                "filter",
                Map.of("objectId", List.of())));
    nested.expectProblem(400);
    assertEquals(List.of("filter.objectId"), nested.errorFields());
  }

  @Test
  void listingRefusesALimitOutOfRangeAndAForeignCursor() {
    var reply = api.get(base + "?limit=251&cursor=not-ours", token);
    reply.expectProblem(400);
    assertEquals(Set.of("limit", "cursor"), Set.copyOf(reply.errorFields()));
  }
}
