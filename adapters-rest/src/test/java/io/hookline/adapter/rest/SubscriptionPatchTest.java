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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PATCH is a JSON merge patch: absent is unchanged, null clears or is refused. */
@MicronautTest
class SubscriptionPatchTest {

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
  void anEmptyPatchChangesNothing() {
    JsonNode after = api.patch(path, token, Map.of()).expect(200).json();
    for (String field :
        List.of("url", "eventTypes", "description", "headers", "filter", "format", "enabled")) {
      assertEquals(original.get(field), after.get(field), field);
    }
    assertTrue(after.get("authorizationTokenSet").asBoolean());
  }

  @Test
  void givenFieldsChangeAndAbsentOnesStay() {
    JsonNode after =
        api.patch(path, token, Map.of("url", "https://after.example/h", "format", "screver"))
            .expect(200)
            .json();
    assertEquals("https://after.example/h", after.get("url").asText());
    assertEquals("screver", after.get("format").asText());
    assertEquals("before", after.get("description").asText());
    assertEquals("prod", after.at("/headers/X-Env").asText());
    assertEquals("order", after.at("/filter/objectType").asText());
    assertTrue(after.get("authorizationTokenSet").asBoolean());
  }

  @Test
  void nullClearsTheClearableFields() {
    Map<String, Object> patch = new HashMap<>();
    patch.put("authorizationToken", null);
    patch.put("filter", null);
    patch.put("description", null);
    patch.put("headers", null);
    JsonNode after = api.patch(path, token, patch).expect(200).json();
    assertFalse(after.get("authorizationTokenSet").asBoolean());
    assertTrue(after.get("filter").isNull());
    assertEquals("", after.get("description").asText());
    assertTrue(after.get("headers").isEmpty());
    assertEquals(original.get("url"), after.get("url"));
  }

  @Test
  void disablingRecordsTheReasonAndEnablingClearsIt() {
    JsonNode disabled = api.patch(path, token, Map.of("enabled", false)).expect(200).json();
    assertFalse(disabled.get("enabled").asBoolean());
    assertEquals("disabled by its owner", disabled.get("disabledReason").asText());
    JsonNode enabled = api.patch(path, token, Map.of("enabled", true)).expect(200).json();
    assertTrue(enabled.get("enabled").asBoolean());
    assertTrue(enabled.get("disabledReason").isNull());
  }

  @Test
  void settingATokenAndAFilterReplacesThem() {
    JsonNode after =
        api.patch(
                path,
                token,
                Map.of(
                    "authorizationToken", "tok-2",
                    "filter", Map.of("objectType", "invoice", "objectId", "9"),
                    "eventTypes", List.of("*"),
                    "headers", Map.of("X-Other", "1")))
            .expect(200)
            .json();
    assertTrue(after.get("authorizationTokenSet").asBoolean());
    assertEquals("invoice", after.at("/filter/objectType").asText());
    assertTrue(after.get("headers").has("X-Other"));
    assertFalse(after.get("headers").has("X-Env"));
    assertFalse(after.toString().contains("tok-2"));
  }

  @Test
  void aMergePatchContentTypeIsAccepted() {
    var reply =
        api.send(
            "PATCH",
            path,
            token,
            "application/merge-patch+json",
            "{\"description\":\"via merge-patch\"}");
    assertEquals("via merge-patch", reply.expect(200).json().get("description").asText());
  }
}
