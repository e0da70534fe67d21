package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.TeamFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd input to the event and delivery API is a client error with problem details, never a 500. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryApiOddInputTest {

  private static final String ZERO = "00000000-0000-0000-0000-000000000000";

  @Inject EmbeddedServer server;
  Api api;
  TeamFixture team;
  String type;
  String subscription;

  @BeforeAll
  void setUp() {
    api = new Api(server.getURI());
    team = new TeamFixture(api);
    type = api.createEventType("odd");
    subscription = team.subscribe(List.of("*"));
  }

  Stream<Arguments> oddRequests() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    return Stream.of(
        Arguments.of("POST", "/events", "{\"type\": ", 400),
        Arguments.of("POST", "/events", "", 400),
        Arguments.of("POST", "/events", "null", 400),
        Arguments.of("POST", "/events", "[]", 400),
        Arguments.of("POST", "/events", "{\"type\": {\"TYPE\": 1}, \"data\": 1}", 400),
        Arguments.of("POST", "/events", "{\"type\": \"TYPE\", \"data\": " + deep + "}", 400),
        Arguments.of("POST", "/events", "{\"type\": \"TYPE\", \"data\": 1e999}", 202),
        Arguments.of("POST", "/events", "{\"type\": \"TYPE\", \"data\": \"\\ud800\"}", 202),
        Arguments.of("POST", "/events", "{\"type\": \"TYPE\", \"data\": 1, \"objectId\": {}}", 400),
        Arguments.of(
            "POST", "/events", "{\"type\": \"TYPE\", \"data\": 1, \"objectId\": \" \"}", 400),
        Arguments.of("GET", "/events?type=" + "a".repeat(300), null, 400),
        Arguments.of("GET", "/events?limit=lots", null, 400),
        Arguments.of("GET", "/events/%00", null, 400),
        Arguments.of("GET", "/events/" + ZERO + "x", null, 400),
        Arguments.of("GET", "/deliveries?status=PENDING", null, 400),
        Arguments.of("GET", "/deliveries?status=", null, 200),
        Arguments.of("GET", "/deliveries?eventId=" + ZERO.replace('0', 'g'), null, 400),
        Arguments.of("GET", "/deliveries?limit=-1", null, 400),
        Arguments.of("GET", "/deliveries/not-a-uuid", null, 400),
        Arguments.of("POST", "/deliveries/not-a-uuid/retry", null, 400),
        Arguments.of("POST", "/deliveries/" + ZERO + "/retry", null, 404),
        Arguments.of("POST", "SUB/recover", "{\"since\": 5}", 400),
        Arguments.of("POST", "SUB/recover", "{\"since\": []}", 400),
        Arguments.of("POST", "SUB/recover", "{\"since\": \"2020-01-01\"}", 400),
        Arguments.of("POST", "SUB/recover", "{\"since\": \"+999999999-12-31T23:59:59Z\"}", 400),
        Arguments.of("POST", "SUB/recover", "", 400),
        Arguments.of("POST", "SUB/test", "{\"eventType\": {}}", 400),
        Arguments.of("POST", "SUB/test", "[1]", 400),
        Arguments.of("POST", "SUB/test", "{\"eventType\": null}", 202),
        Arguments.of("POST", "/subscriptions/" + ZERO + "/test", null, 404),
        Arguments.of(
            "POST", "/subscriptions/nope/recover", "{\"since\": \"2020-01-01T00:00:00Z\"}", 400));
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @MethodSource("oddRequests")
  void anOddRequestGetsAClientAnswer(String method, String suffix, String body, int status) {
    String path = team.path(suffix.replace("SUB", "/subscriptions/" + subscription));
    String json = body == null ? null : body.replace("TYPE", type);
    Reply reply =
        json == null
            ? api.sendBytes(method, path, team.token(), null, null)
            : api.send(method, path, team.token(), "application/json", json);
    assertEquals(status, reply.status(), reply::body);
    if (status >= 400) {
      assertEquals("application/problem+json", reply.contentType());
      assertTrue(reply.json().path("detail").isTextual(), reply::body);
    }
  }
}
