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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP-level failures Micronaut detects before a use case runs, all as problem details. */
@MicronautTest
class HttpErrorsTest {

  @Inject EmbeddedServer server;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
  }

  @Test
  void anUnknownRouteIsA404Problem() {
    JsonNode problem = api.get("/api/v1/nothing-here", Tokens.admin()).expectProblem(404);
    assertEquals("Not Found", problem.path("title").asText());
    assertTrue(problem.path("detail").asText().contains("/api/v1/nothing-here"));
  }

  @Test
  void anUnknownRouteIsA404ProblemEvenWithoutAToken() {
    api.get("/nothing-here", null).expectProblem(404);
  }

  @Test
  void aWrongMethodIsA405ProblemThatListsTheAllowedMethods() {
    var reply = api.sendBytes("PUT", "/api/v1/teams", Tokens.admin(), null, null);
    reply.expectProblem(405);
    assertTrue(reply.header("Allow").contains("GET"), reply.header("Allow"));
  }

  @Test
  void aBodyThatIsNotJsonIsA415ProblemWhenItsContentTypeIsWrong() {
    api.send("POST", "/api/v1/teams", Tokens.admin(), "text/plain", "name=x").expectProblem(415);
  }

  @Test
  void malformedJsonIsA400Problem() {
    JsonNode problem =
        api.send("POST", "/api/v1/teams", Tokens.admin(), "application/json", "{\"name\": ")
            .expectProblem(400);
    assertEquals("the request body is not valid JSON", problem.path("detail").asText());
  }

  @Test
  void aMissingBodyIsA400Problem() {
    JsonNode problem =
        api.send("POST", "/api/v1/teams", Tokens.admin(), "application/json", "")
            .expectProblem(400);
    assertFalse(problem.path("detail").asText().isBlank());
  }

  @Test
  void aValueOfTheWrongJsonTypeIsA400ThatNamesTheField() {
    var reply = api.post("/api/v1/teams", Tokens.admin(), Map.of("name", List.of("a", "b")));
    reply.expectProblem(400);
    assertEquals(List.of("name"), reply.errorFields());
    assertEquals("must be a string", reply.json().at("/errors/0/message").asText());
  }

  @Test
  void aJsonArrayWhereAnObjectBelongsIsA400Problem() {
    api.post("/api/v1/teams", Tokens.admin(), List.of("x")).expectProblem(400);
  }

  @Test
  void aBodyOverOneMebibyteIsA413Problem() {
    byte[] body = new byte[1024 * 1024 + 10];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    api.sendBytes("POST", "/api/v1/teams", Tokens.admin(), "application/json", body)
        .expectProblem(413);
  }

  @Test
  void aBodyJustUnderTheLimitIsRead() {
    String name = "x".repeat(1024 * 1024 - 100);
    var reply = api.post("/api/v1/teams", Tokens.admin(), Map.of("name", name));
    reply.expectProblem(400);
    assertEquals(List.of("name"), reply.errorFields());
  }
}
