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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing a team's subscriptions page by page, never with secrets or tokens. */
@MicronautTest
class SubscriptionListTest {

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
  void listingShowsTheTeamsSubscriptionsWithoutSecretsOrTokens() {
    String first = createWithToken();
    String second = createWithToken();
    var reply = api.get(base, token).expect(200);
    List<String> ids = reply.json().get("items").findValuesAsText("id");
    assertEquals(List.of(first, second), ids);
    assertTrue(reply.json().get("nextCursor").isNull());
    assertFalse(reply.body().contains("whsec_"));
    assertFalse(reply.body().contains(SECRET_TOKEN));
    assertFalse(reply.body().contains("\"secret\""));
  }

  @Test
  void listingPagesThroughEverySubscriptionOnce() {
    for (int i = 0; i < 5; i++) {
      api.createSubscription(team, token);
    }
    Set<String> seen = new HashSet<>();
    JsonNode page = api.get(base + "?limit=2", token).expect(200).json();
    while (true) {
      assertTrue(page.get("items").size() <= 2);
      page.get("items").findValuesAsText("id").forEach(id -> assertTrue(seen.add(id)));
      if (page.get("nextCursor").isNull()) {
        break;
      }
      page = api.get(base + "?limit=2&cursor=" + page.get("nextCursor").asText(), token).json();
    }
    assertEquals(5, seen.size());
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
}
