package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.TeamFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Event data is any JSON value, kept exactly as published, up to 256 KiB of compact JSON. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDataTest {

  private static final int LIMIT = 256 * 1024;

  @Inject EmbeddedServer server;
  Api api;
  TeamFixture team;
  String type;

  @BeforeAll
  void setUp() {
    api = new Api(server.getURI());
    team = new TeamFixture(api);
    type = api.createEventType("data");
  }

  static Stream<String> jsonValues() {
    return Stream.of(
        "{\"order\":{\"id\":42,\"lines\":[{\"sku\":\"A-1\",\"qty\":2}]},\"paid\":true}",
        "[1,\"two\",null,{\"three\":3.5},[]]",
        "\"text with \\\"quotes\\\", a newline\\n and ünïcödé ✓\"",
        "42",
        "-0.125",
        "true",
        "false",
        "null",
        "{}",
        "[]",
        "\"\\ud800\"");
  }

  @ParameterizedTest(name = "data {0} reads back as the same JSON value")
  @MethodSource("jsonValues")
  void anyJsonValueRoundTripsThroughReadingTheEvent(String data) throws JsonProcessingException {
    JsonNode event = readBack(publish(data).expect(202));
    assertEquals(new ObjectMapper().readTree(data), event.get("data"));
  }

  @Test
  void dataIsKeptAsCompactJsonWithEveryDigitOfItsNumbers() {
    String data = "{ \"amount\" : 12345678901234567890.1234567890123456789 , \"rate\": 1.50 }";
    Reply event = api.get(eventPath(publish(data).expect(202)), team.token()).expect(200);
    assertTrue(
        event
            .body()
            .contains(
                "\"data\":{\"amount\":12345678901234567890.1234567890123456789,\"rate\":1.50}"),
        event::body);
  }

  @Test
  void dataOfExactly256KibIsAccepted() {
    publish(quoted(LIMIT - 2)).expect(202);
  }

  @Test
  void dataOver256KibIsA413Problem() {
    var problem = publish(quoted(LIMIT - 1)).expectProblem(413);
    assertTrue(problem.get("detail").asText().contains(String.valueOf(LIMIT)), problem::toString);
  }

  private Reply publish(String data) {
    String body = "{\"type\": \"" + type + "\", \"data\": " + data + "}";
    return api.send("POST", team.path("/events"), team.token(), "application/json", body);
  }

  private JsonNode readBack(Reply accepted) {
    return api.get(eventPath(accepted), team.token()).expect(200).json();
  }

  private String eventPath(Reply accepted) {
    return team.path("/events/" + accepted.json().get("id").asText());
  }

  /** A JSON string of {@code length} characters in quotes. */
  private static String quoted(int length) {
    return "\"" + "x".repeat(length) + "\"";
  }
}
