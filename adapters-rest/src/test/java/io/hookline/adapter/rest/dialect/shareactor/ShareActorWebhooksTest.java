package io.hookline.adapter.rest.dialect.shareactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ShareActor webhooks of one company: listing, partial updates, and what stays hidden. */
@MicronautTest
class ShareActorWebhooksTest {

  @Inject EmbeddedServer server;
  Api api;
  String team;
  String token;
  String type;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = api.createTeam();
    token = Tokens.member(team);
    type = api.createEventType("order");
  }

  private String create(String endpoint) {
    return api.post("/webhooks", token, Map.of("endpoint", endpoint, "event_type", type))
        .expect(200)
        .json()
        .at("/_id/$oid")
        .asText();
  }

  private JsonNode put(String id, String body) {
    return api.send("PUT", "/webhooks/" + id, token, "application/json", body).expect(200).json();
  }

  private List<String> endpoints(String query) {
    List<String> endpoints = new ArrayList<>();
    api.get("/webhooks" + query, token)
        .expect(200)
        .json()
        .forEach(w -> endpoints.add(w.get("endpoint").asText()));
    return endpoints;
  }

  @Test
  void theListingIsSortedByModifiedNewestFirstUnlessSortSaysOtherwise() throws Exception {
    String first = create("https://a.example/hooks");
    create("https://b.example/hooks");
    create("https://c.example/hooks");
    Thread.sleep(5);
    put(first, "{\"endpoint\":\"https://a2.example/hooks\"}");

    assertEquals(
        List.of("https://a2.example/hooks", "https://c.example/hooks", "https://b.example/hooks"),
        endpoints(""));
    assertEquals(
        List.of("https://a2.example/hooks", "https://b.example/hooks", "https://c.example/hooks"),
        endpoints("?sort=created"));
    assertEquals(
        List.of("https://c.example/hooks", "https://b.example/hooks", "https://a2.example/hooks"),
        endpoints("?sort=-created"));
    assertEquals(endpoints("?sort=-modified"), endpoints("?sort=-updated"));
  }

  @Test
  void pagesCountFromZeroAndTheTotalIsInAHeader() {
    for (int i = 0; i < 12; i++) {
      create("https://receiver.example/hooks/" + i);
    }

    Reply firstPage = api.get("/webhooks?sort=created", token).expect(200);
    assertEquals(10, firstPage.json().size());
    assertEquals("12", firstPage.header("X-Pagination-Total"));
    assertEquals(
        List.of("https://receiver.example/hooks/10", "https://receiver.example/hooks/11"),
        endpoints("?sort=created&page=1"));
    assertEquals(
        List.of("https://receiver.example/hooks/4", "https://receiver.example/hooks/5"),
        endpoints("?sort=created&page=2&size=2"));
    assertEquals(List.of(), endpoints("?page=9"));
  }

  @Test
  void aPutChangesOnlyTheMembersItGivesAndIgnoresReadOnlyOnes() {
    String other = api.createEventType("order");
    String id = create("https://receiver.example/hooks");
    JsonNode before = api.get("/webhooks/" + id, token).expect(200).json();

    JsonNode changed =
        put(id, "{\"event_type\":\"" + other + "\",\"secret\":\"x\",\"deleted\":true,\"_id\":{}}");

    assertEquals(other, changed.get("event_type").asText());
    assertEquals("https://receiver.example/hooks", changed.get("endpoint").asText());
    assertEquals(before.get("secret"), changed.get("secret"));
    assertEquals(before.get("_id"), changed.get("_id"));
    assertEquals(false, changed.get("deleted").asBoolean());
    JsonNode unchanged = put(id, "{}");
    assertEquals(other, unchanged.get("event_type").asText());
    assertEquals("https://receiver.example/hooks", unchanged.get("endpoint").asText());
  }

  @Test
  void onlyTheCompanysWebhooksAreShownAndTheNativeApiSeesThemInTheShareActorFormat() {
    String mine = create("https://mine.example/hooks");
    api.createSubscription(team, token);
    String theirs = api.createTeam();
    Map<String, String> body = Map.of("endpoint", "https://theirs.example/x", "event_type", type);
    String theirId =
        api.post("/webhooks", Tokens.member(theirs), body)
            .expect(200)
            .json()
            .at("/_id/$oid")
            .asText();

    assertEquals(List.of("https://mine.example/hooks"), endpoints(""));
    api.get("/webhooks/" + mine, token).expect(200);
    api.get("/webhooks/" + theirId, token).expect(404);
    JsonNode nativeView =
        api.get("/api/v1/teams/" + team + "/subscriptions", token).expect(200).json();
    assertEquals("shareactor", nativeView.at("/items/0/format").asText());
    assertEquals(type, nativeView.at("/items/0/eventTypes/0").asText());
    assertEquals("standard", nativeView.at("/items/1/format").asText());
  }
}
