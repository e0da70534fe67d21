package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every API call needs a valid token of this server; refusals are 401 problem details. */
@MicronautTest
class AuthenticationTest {

  @Inject EmbeddedServer server;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
  }

  @Test
  void aRequestWithoutATokenIsA401ProblemWithABearerChallenge() {
    Reply reply = api.get("/api/v1/event-types", null);
    JsonNode problem = reply.expectProblem(401);
    assertEquals("Unauthorized", problem.get("title").asText());
    assertTrue(problem.get("detail").asText().contains("bearer token"));
    assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"));
  }

  @Test
  void aTokenThatIsNotAJwtIsA401() {
    api.get("/api/v1/event-types", "not-a-jwt").expectProblem(401);
  }

  @Test
  void anExpiredTokenIsA401() {
    api.get("/api/v1/event-types", Tokens.expiredAdmin()).expectProblem(401);
  }

  @Test
  void aTokenSignedWithAnotherSecretIsA401() {
    api.get("/api/v1/event-types", Tokens.adminSignedWithAnotherSecret()).expectProblem(401);
  }

  @Test
  void writesWithoutAValidTokenAre401Too() {
    api.post("/api/v1/teams", null, Map.of("name", "x")).expectProblem(401);
    api.post("/api/v1/teams", Tokens.expiredAdmin(), Map.of("name", "x")).expectProblem(401);
  }

  @Test
  void aTokenWhoseTeamsClaimHoldsSomethingElseThanTeamIdsIsA401() {
    JsonNode problem =
        api.get("/api/v1/event-types", Tokens.withClaims(List.of(), List.of("not-a-team-id")))
            .expectProblem(401);
    assertTrue(problem.get("detail").asText().contains("teams claim"));
    api.get("/api/v1/event-types", Tokens.withClaims(List.of(), "a-string")).expectProblem(401);
    api.get("/api/v1/event-types", Tokens.withClaims(List.of(), List.of(42))).expectProblem(401);
  }

  @Test
  void aTokenWithoutSubjectIsA401() {
    api.get("/api/v1/event-types", Tokens.adminWithoutSubject()).expectProblem(401);
  }

  @Test
  void unknownRolesAreIgnoredAndGiveNoRights() {
    String token = Tokens.withClaims(List.of("superuser", "root"), List.of());
    api.get("/api/v1/event-types", token).expect(200);
    api.post("/api/v1/teams", token, Map.of("name", "nope")).expectProblem(403);
  }

  @Test
  void theAdminRoleAmongUnknownOnesStillCounts() {
    String token = Tokens.withClaims(List.of("auditor", "admin"), List.of());
    api.get("/api/v1/teams", token).expect(200);
  }
}
