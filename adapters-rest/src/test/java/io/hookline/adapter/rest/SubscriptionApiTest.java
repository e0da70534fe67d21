package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating, reading, listing, deleting subscriptions and handling their secrets. */
@MicronautTest
class SubscriptionApiTest {

  private static final String SECRET_TOKEN = "receiver-token-123";

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
  void creatingASubscriptionAnswers201WithEveryFieldAndTheSecret() {
    String type = api.createEventType("order");
    JsonNode created =
        api.post(
                base,
                token,
                Map.of(
                    "url",
                    "https://receiver.example/hooks",
                    "eventTypes",
                    List.of(type, "invoice.*"),
                    "description",
                    "orders to the ERP",
                    "headers",
                    Map.of("X-Source", "hookline"),
                    "authorizationToken",
                    SECRET_TOKEN,
                    "filter",
                    Map.of("objectType", "order", "objectId", "42"),
                    "format",
                    "codewars"))
            .expect(201)
            .json();
    assertEquals(team, created.get("teamId").asText());
    assertEquals("https://receiver.example/hooks", created.get("url").asText());
    assertEquals(List.of(type, "invoice.*"), strings(created.get("eventTypes")));
    assertEquals("orders to the ERP", created.get("description").asText());
    assertEquals("hookline", created.at("/headers/X-Source").asText());
    assertEquals("order", created.at("/filter/objectType").asText());
    assertEquals("42", created.at("/filter/objectId").asText());
    assertEquals("codewars", created.get("format").asText());
    assertTrue(created.get("enabled").asBoolean());
    assertTrue(created.get("disabledReason").isNull());
    assertTrue(created.get("authorizationTokenSet").asBoolean());
    assertTrue(created.get("secret").asText().startsWith("whsec_"));
    Instant.parse(created.get("createdAt").asText());
    Instant.parse(created.get("updatedAt").asText());
    assertFalse(created.toString().contains(SECRET_TOKEN));
  }

  @Test
  void aMinimalSubscriptionGetsTheDefaults() {
    JsonNode created = api.createSubscription(team, token);
    assertEquals("standard", created.get("format").asText());
    assertEquals("", created.get("description").asText());
    assertTrue(created.get("headers").isEmpty());
    assertTrue(created.get("filter").isNull());
    assertFalse(created.get("authorizationTokenSet").asBoolean());
  }

  @Test
  void readingASubscriptionShowsNeitherSecretNorToken() {
    String id = createWithToken();
    var reply = api.get(base + "/" + id, token).expect(200);
    assertEquals(id, reply.json().get("id").asText());
    assertTrue(reply.json().get("authorizationTokenSet").asBoolean());
    assertFalse(reply.json().has("secret"));
    assertFalse(reply.body().contains("whsec_"));
    assertFalse(reply.body().contains(SECRET_TOKEN));
  }

  @Test
  void aDeletedSubscriptionIsGoneFromReadsListsAndChanges() {
    String id = api.createSubscription(team, token).get("id").asText();
    assertEquals("", api.delete(base + "/" + id, token).expect(204).body());
    api.get(base + "/" + id, token).expectProblem(404);
    api.get(base + "/" + id + "/secret", token).expectProblem(404);
    api.patch(base + "/" + id, token, Map.of("enabled", false)).expectProblem(404);
    api.delete(base + "/" + id, token).expectProblem(404);
    assertFalse(api.get(base, token).json().get("items").findValuesAsText("id").contains(id));
  }

  @Test
  void anUnknownSubscriptionIsA404() {
    api.get(base + "/00000000-0000-0000-0000-000000000000", token).expectProblem(404);
  }

  private String createWithToken() {
    return api.post(
            base,
            token,
            Map.of(
                "url",
                "https://r.example/h",
                "eventTypes",
                List.of("*"),
                "authorizationToken",
                SECRET_TOKEN))
        .expect(201)
        .json()
        .get("id")
        .asText();
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
