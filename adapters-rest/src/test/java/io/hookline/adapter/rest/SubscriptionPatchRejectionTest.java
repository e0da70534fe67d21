package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A PATCH with null where no null is allowed, or with bad values, is a 400 naming each field. */
@MicronautTest
class SubscriptionPatchRejectionTest {

  @Inject EmbeddedServer server;
  Api api;
  String token;
  String path;
  JsonNode original;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    String team = api.createTeam();
    token = Tokens.member(team);
    original =
        api.post(
                "/api/v1/teams/" + team + "/subscriptions",
                token,
                Map.of(
                    "url",
                    "https://before.example/h",
                    "eventTypes",
                    List.of("*"),
                    "description",
                    "before",
                    "headers",
                    Map.of("X-Env", "prod"),
                    "authorizationToken",
                    "tok-1",
                    "filter",
                    Map.of("objectType", "order", "objectId", "7")))
            .expect(201)
            .json();
    path = "/api/v1/teams/" + team + "/subscriptions/" + original.get("id").asText();
  }

  @Test
  void nullForAFieldThatCannotBeClearedIsA400NamingEachOne() {
    Map<String, Object> patch = new HashMap<>();
    patch.put("url", null);
    patch.put("eventTypes", null);
    patch.put("enabled", null);
    patch.put("format", null);
    var reply = api.patch(path, token, patch);
    reply.expectProblem(400);
    assertEquals(Set.of("url", "eventTypes", "enabled", "format"), Set.copyOf(reply.errorFields()));
    assertEquals("must not be null", reply.json().at("/errors/0/message").asText());
    assertEquals(original.get("url"), api.get(path, token).json().get("url"));
  }

  @Test
  void valuesOfTheWrongTypeOrInvalidValuesAreA400NamingEachField() {
    var reply =
        api.patch(
            path,
            token,
            Map.of(
                "url",
                42,
                "enabled",
                "yes",
                "eventTypes",
                List.of("*", 3),
                "headers",
                Map.of("Host", "x"),
                "filter",
                "order:7",
                "format",
                "morse"));
    reply.expectProblem(400);
    assertEquals(
        Set.of("url", "enabled", "eventTypes", "headers.Host", "filter", "format"),
        Set.copyOf(reply.errorFields()));
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsA400() {
    api.send("PATCH", path, token, "application/json", "[1,2]").expectProblem(400);
    api.send("PATCH", path, token, "application/json", "{\"url\":").expectProblem(400);
  }
}
