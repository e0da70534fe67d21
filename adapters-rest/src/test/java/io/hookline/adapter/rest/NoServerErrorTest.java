package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd and hostile inputs are client errors answered with problem details, never a 500. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoServerErrorTest {

  @Inject EmbeddedServer server;
  Api api;
  String subscriptions;

  @BeforeAll
  void setUp() {
    api = new Api(server.getURI());
    String team = api.createTeam();
    subscriptions = "/api/v1/teams/" + team + "/subscriptions";
  }

  Stream<Arguments> oddRequests() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    return Stream.of(
        Arguments.of("POST", "/api/v1/teams", "{\"name\": null}", 400),
        Arguments.of("POST", "/api/v1/teams", "null", 400),
        Arguments.of("POST", "/api/v1/teams", "\"just a string\"", 400),
        Arguments.of("POST", "/api/v1/teams", deep, 400),
        Arguments.of("POST", "/api/v1/teams", "{\"name\": \"\\ud800\"}", 201),
        Arguments.of("POST", "/api/v1/event-types", "{\"name\": 1e999}", 400),
        Arguments.of("POST", "/api/v1/event-types", "{\"name\": \"x\", \"description\": {}}", 400),
        Arguments.of(
            "POST", "SUBS", "{\"url\": \"https://r.example\", \"eventTypes\": [null]}", 400),
        Arguments.of("POST", "SUBS", "{\"url\": \"https://r.example\", \"eventTypes\": []}", 400),
        Arguments.of("POST", "SUBS", "{\"url\": \"http://[::1\", \"eventTypes\": [\"*\"]}", 400),
        Arguments.of(
            "POST",
            "SUBS",
            "{\"url\": \"https://r.example\", \"eventTypes\": [\"*\"], \"headers\": {\"X-A\": null}}",
            400),
        Arguments.of(
            "POST",
            "SUBS",
            "{\"url\": \"https://r.example\", \"eventTypes\": [\"*\"], \"filter\": {}}",
            400),
        Arguments.of(
            "POST",
            "SUBS",
            "{\"url\": \"https://r.example\", \"eventTypes\": [\"*\"], \"description\": \""
                + "d".repeat(1001)
                + "\"}",
            400),
        Arguments.of("PATCH", "SUBS/00000000-0000-0000-0000-000000000000", "{}", 404),
        Arguments.of("PATCH", "SUBS/00000000-0000-0000-0000-000000000000", "", 400),
        Arguments.of("GET", "SUBS?limit=99999999999", null, 400),
        Arguments.of("GET", "SUBS?limit=", null, 200),
        Arguments.of("GET", "/api/v1/teams/%00", null, 400),
        Arguments.of("GET", "/api/v1/event-types/%2e%2e", null, 405),
        Arguments.of("DELETE", "/api/v1/event-types/" + "a".repeat(300), null, 400));
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @MethodSource("oddRequests")
  void anOddRequestGetsAClientAnswer(String method, String path, String body, int status) {
    String target = path.replace("SUBS", subscriptions);
    Reply reply =
        body == null
            ? api.sendBytes(method, target, Tokens.admin(), null, null)
            : api.send(method, target, Tokens.admin(), "application/json", body);
    assertEquals(status, reply.status(), reply::body);
    if (status >= 400) {
      assertEquals("application/problem+json", reply.contentType());
      assertTrue(reply.json().path("detail").isTextual(), reply::body);
    }
  }
}
