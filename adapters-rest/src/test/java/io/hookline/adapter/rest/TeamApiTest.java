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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating, listing and reading teams. */
@MicronautTest
class TeamApiTest {

  @Inject EmbeddedServer server;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
  }

  @Test
  void anAdminCreatesATeamAndGetsItBackWith201() {
    var reply =
        api.post("/api/v1/teams", Tokens.admin(), Map.of("name", "  Payments  ")).expect(201);
    JsonNode team = reply.json();
    assertEquals("application/json", reply.contentType());
    assertEquals("Payments", team.get("name").asText());
    UUID.fromString(team.get("id").asText());
    Instant.parse(team.get("createdAt").asText());
  }

  @Test
  void aTeamIsReadByAnAdminAndByItsMembers() {
    String id = api.createTeam();
    assertEquals(
        id, api.get("/api/v1/teams/" + id, Tokens.admin()).expect(200).json().get("id").asText());
    assertEquals(
        id,
        api.get("/api/v1/teams/" + id, Tokens.member(id)).expect(200).json().get("id").asText());
  }

  @Test
  void teamsAreListedPageByPageUntilTheCursorRunsOut() {
    for (int i = 0; i < 3; i++) {
      api.createTeam();
    }
    Set<String> seen = new HashSet<>();
    String path = "/api/v1/teams?limit=2";
    int pages = 0;
    while (path != null) {
      JsonNode page = api.get(path, Tokens.admin()).expect(200).json();
      assertTrue(page.get("items").size() <= 2);
      page.get("items").forEach(team -> assertTrue(seen.add(team.get("id").asText())));
      JsonNode next = page.get("nextCursor");
      assertTrue(page.has("nextCursor"));
      path = next.isNull() ? null : "/api/v1/teams?limit=2&cursor=" + next.asText();
      pages++;
    }
    assertTrue(seen.size() >= 3);
    assertTrue(pages >= 2);
  }

  @Test
  void aSecondTeamWithTheSameNameIsA409() {
    String name = "dup " + UUID.randomUUID();
    api.post("/api/v1/teams", Tokens.admin(), Map.of("name", name)).expect(201);
    JsonNode problem =
        api.post("/api/v1/teams", Tokens.admin(), Map.of("name", name)).expectProblem(409);
    assertEquals("Conflict", problem.get("title").asText());
    assertTrue(problem.get("detail").asText().contains(name));
  }

  @Test
  void aBlankNameIsA400NamingTheField() {
    var reply = api.post("/api/v1/teams", Tokens.admin(), Map.of("name", " "));
    reply.expectProblem(400);
    assertEquals(List.of("name"), reply.errorFields());
    assertEquals("must not be blank", reply.json().at("/errors/0/message").asText());
  }

  @Test
  void aMemberMayNotCreateOrListTeams() {
    String id = api.createTeam();
    var create = api.post("/api/v1/teams", Tokens.member(id), Map.of("name", "mine " + id));
    assertEquals(
        "this operation needs the role admin", create.expectProblem(403).get("detail").asText());
    api.get("/api/v1/teams", Tokens.member(id)).expectProblem(403);
  }

  @Test
  void aMemberOfAnotherTeamIsRefusedWith403NamingTheTeam() {
    String mine = api.createTeam();
    String theirs = api.createTeam();
    JsonNode problem = api.get("/api/v1/teams/" + theirs, Tokens.member(mine)).expectProblem(403);
    assertEquals("you don't have permission for team " + theirs, problem.get("detail").asText());
  }

  @Test
  void anUnknownTeamIsA404() {
    api.get("/api/v1/teams/" + UUID.randomUUID(), Tokens.admin()).expectProblem(404);
  }

  @Test
  void aTeamIdThatIsNotAUuidIsA400NamingThePathVariable() {
    var reply = api.get("/api/v1/teams/not-a-uuid", Tokens.admin());
    reply.expectProblem(400);
    assertEquals(List.of("teamId"), reply.errorFields());
  }

  @Test
  void aLimitOutOfRangeIsA400() {
    for (String limit : List.of("0", "251", "-1")) {
      var reply = api.get("/api/v1/teams?limit=" + limit, Tokens.admin());
      reply.expectProblem(400);
      assertEquals(List.of("limit"), reply.errorFields());
    }
  }

  @Test
  void aLimitThatIsNotANumberIsA400() {
    var reply = api.get("/api/v1/teams?limit=ten", Tokens.admin());
    reply.expectProblem(400);
    assertEquals(List.of("limit"), reply.errorFields());
    assertEquals("must be an integer", reply.json().at("/errors/0/message").asText());
  }

  @Test
  void aCursorThisApiDidNotHandOutIsA400() {
    for (String cursor : List.of("garbage!", "Zm9v", UUID.randomUUID().toString())) {
      var reply = api.get("/api/v1/teams?cursor=" + cursor, Tokens.admin());
      reply.expectProblem(400);
      assertEquals(List.of("cursor"), reply.errorFields());
    }
    assertFalse(api.get("/api/v1/teams?cursor=", Tokens.admin()).expect(200).json().isEmpty());
  }
}
