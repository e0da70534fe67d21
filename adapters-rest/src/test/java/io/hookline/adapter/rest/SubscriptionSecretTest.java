package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading and rotating the signing secret of a subscription. */
@MicronautTest
class SubscriptionSecretTest {

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
  void theSecretEndpointReturnsTheSecretGivenAtCreation() {
    JsonNode created = api.createSubscription(team, token);
    String id = created.get("id").asText();
    JsonNode secret = api.get(base + "/" + id + "/secret", token).expect(200).json();
    assertEquals(created.get("secret").asText(), secret.get("secret").asText());
  }

  @Test
  void rotatingTheSecretReturnsANewOneThatTheSecretEndpointThenShows() {
    JsonNode created = api.createSubscription(team, token);
    String id = created.get("id").asText();
    String rotated =
        api.sendBytes("POST", base + "/" + id + "/secret/rotate", token, null, null)
            .expect(200)
            .json()
            .get("secret")
            .asText();
    assertTrue(rotated.startsWith("whsec_"));
    assertNotEquals(created.get("secret").asText(), rotated);
    assertEquals(
        rotated, api.get(base + "/" + id + "/secret", token).json().get("secret").asText());
  }

  @Test
  void rotatingTwiceGivesThreeDifferentSecrets() {
    JsonNode created = api.createSubscription(team, token);
    String rotate = base + "/" + created.get("id").asText() + "/secret/rotate";
    String first =
        api.sendBytes("POST", rotate, token, null, null).expect(200).json().get("secret").asText();
    String second =
        api.sendBytes("POST", rotate, token, null, null).expect(200).json().get("secret").asText();
    assertEquals(3, Set.of(created.get("secret").asText(), first, second).size());
  }
}
