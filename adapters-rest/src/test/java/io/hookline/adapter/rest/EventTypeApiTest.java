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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event catalog: listed by anyone with a token, changed by admins. */
@MicronautTest
class EventTypeApiTest {

  @Inject EmbeddedServer server;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
  }

  @Test
  void anAdminAddsAnEventTypeAndEveryTokenSeesIt() {
    var created =
        api.post(
                "/api/v1/event-types",
                Tokens.admin(),
                Map.of("name", "submittedChallenge", "description", "a challenge was submitted"))
            .expect(201)
            .json();
    assertEquals("submittedChallenge", created.get("name").asText());
    assertEquals("a challenge was submitted", created.get("description").asText());
    assertFalse(created.get("archived").asBoolean());
    assertTrue(created.has("createdAt"));
    String team = api.createTeam();
    assertTrue(
        names(api.get("/api/v1/event-types", Tokens.member(team)).expect(200).json())
            .contains("submittedChallenge"));
  }

  @Test
  void anEventTypeWithoutDescriptionListsAnEmptyDescription() {
    String name = "bare" + UUID.randomUUID().toString().substring(0, 8);
    var created = api.post("/api/v1/event-types", Tokens.admin(), Map.of("name", name)).expect(201);
    assertEquals("", created.json().get("description").asText());
  }

  @Test
  void deletingAnEventTypeArchivesIt() {
    String name = api.createEventType("order");
    assertEquals("", api.delete("/api/v1/event-types/" + name, Tokens.admin()).expect(204).body());
    assertFalse(names(api.get("/api/v1/event-types", Tokens.admin()).json()).contains(name));
    JsonNode all =
        api.get("/api/v1/event-types?includeArchived=true", Tokens.admin()).expect(200).json();
    JsonNode archived = find(all, name);
    assertTrue(archived.get("archived").asBoolean());
  }

  @Test
  void anExistingNameIsA409() {
    String name = api.createEventType("invoice");
    api.post("/api/v1/event-types", Tokens.admin(), Map.of("name", name)).expectProblem(409);
  }

  @Test
  void anInvalidNameIsA400NamingTheField() {
    var reply =
        api.post("/api/v1/event-types", Tokens.admin(), Map.of("name", "1-starts-with-digit"));
    reply.expectProblem(400);
    assertEquals(List.of("name"), reply.errorFields());
  }

  @Test
  void onlyAdminsChangeTheCatalog() {
    String team = api.createTeam();
    String name = api.createEventType("user");
    api.post("/api/v1/event-types", Tokens.member(team), Map.of("name", "member.made"))
        .expectProblem(403);
    api.delete("/api/v1/event-types/" + name, Tokens.member(team)).expectProblem(403);
  }

  @Test
  void archivingAnUnknownEventTypeIsA404() {
    api.delete("/api/v1/event-types/never.defined", Tokens.admin()).expectProblem(404);
  }

  @Test
  void anIncludeArchivedFlagThatIsNotABooleanIsA400() {
    var reply = api.get("/api/v1/event-types?includeArchived=maybe", Tokens.admin());
    reply.expectProblem(400);
    assertEquals(List.of("includeArchived"), reply.errorFields());
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.get("items").forEach(item -> names.add(item.get("name").asText()));
    return names;
  }

  private static JsonNode find(JsonNode list, String name) {
    for (JsonNode item : list.get("items")) {
      if (item.get("name").asText().equals(name)) {
        return item;
      }
    }
    throw new AssertionError(name + " is not listed in " + list);
  }
}
