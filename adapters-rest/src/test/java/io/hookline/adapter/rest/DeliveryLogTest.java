package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.DeliveryWorker;
import io.hookline.adapter.rest.support.TeamFixture;
import io.hookline.application.port.out.DeliveryQueue;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery log: every delivery with its state, filtered, paged, and read with its attempts. */
@MicronautTest
class DeliveryLogTest {

  @Inject EmbeddedServer server;
  @Inject DeliveryQueue queue;
  Api api;
  DeliveryWorker worker;
  TeamFixture team;
  String type;
  String first;
  String second;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    worker = new DeliveryWorker(queue);
    team = new TeamFixture(api);
    type = api.createEventType("order");
    first = team.subscribe(List.of("*"));
    second = team.subscribe(List.of(type));
  }

  @Test
  void aNewDeliveryIsPendingAndDueWithoutAttempts() {
    String event = team.publish(type, 1).get("id").asText();
    JsonNode delivery = team.deliveries("?subscriptionId=" + first).get(0);
    assertEquals(event, delivery.get("eventId").asText());
    assertEquals(first, delivery.get("subscriptionId").asText());
    assertEquals("pending", delivery.get("status").asText());
    assertEquals(0, delivery.get("attempts").asInt());
    Instant.parse(delivery.get("nextAttemptAt").asText());
    assertTrue(delivery.get("lastStatusCode").isNull() && delivery.get("lastError").isNull());
    Instant.parse(delivery.get("createdAt").asText());
    Instant.parse(delivery.get("updatedAt").asText());
  }

  @Test
  void theLogFiltersBySubscriptionEventAndStatus() {
    String one = team.publish(type, 1).get("id").asText();
    String two = team.publish(type, 2).get("id").asText();
    String failed = team.deliveryIds("?eventId=" + one + "&subscriptionId=" + second).getFirst();
    worker.failForGood(failed, 500, "down");
    assertEquals(4, team.deliveries("").size());
    assertEquals(Set.of(first), subscriptions(team.deliveries("?subscriptionId=" + first)));
    assertEquals(Set.of(two), events(team.deliveries("?eventId=" + two)));
    assertEquals(List.of(failed), team.deliveryIds("?status=failed"));
    assertEquals(3, team.deliveries("?status=pending").size());
    assertEquals(List.of(), team.deliveryIds("?status=failed&eventId=" + two));
  }

  @Test
  void theLogListsTheNewestFirstPageByPage() {
    for (int i = 0; i < 3; i++) {
      team.publish(type, i);
    }
    List<String> newestFirst = team.deliveryIds("");
    JsonNode page = api.get(team.path("/deliveries?limit=4"), team.token()).expect(200).json();
    assertEquals(newestFirst.subList(0, 4), page.get("items").findValuesAsText("id"));
    String rest = "/deliveries?limit=4&cursor=" + page.get("nextCursor").asText();
    JsonNode last = api.get(team.path(rest), team.token()).expect(200).json();
    assertEquals(newestFirst.subList(4, 6), last.get("items").findValuesAsText("id"));
    assertTrue(last.get("nextCursor").isNull());
  }

  @Test
  void readingADeliveryShowsEveryAttemptOldestFirst() {
    String event = team.publish(type, 1).get("id").asText();
    String id = team.deliveryIds("?eventId=" + event + "&subscriptionId=" + first).getFirst();
    worker.failForNow(id, "connection refused");
    team.retry(id).expect(202);
    worker.succeed(id, 204, "thanks");

    JsonNode delivery = team.delivery(id);
    assertEquals("succeeded", delivery.get("status").asText());
    assertTrue(delivery.get("nextAttemptAt").isNull());
    assertEquals(204, delivery.get("lastStatusCode").asInt());
    JsonNode attempts = delivery.get("attempts");
    assertEquals(2, attempts.size());
    assertEquals(1, attempts.get(0).get("number").asInt());
    assertTrue(attempts.get(0).get("statusCode").isNull());
    assertEquals("connection refused", attempts.get(0).get("error").asText());
    assertEquals(2, attempts.get(1).get("number").asInt());
    assertEquals(204, attempts.get(1).get("statusCode").asInt());
    assertTrue(attempts.get(1).get("error").isNull());
    assertEquals("thanks", attempts.get(1).get("responseBody").asText());
    assertEquals(120, attempts.get(1).get("durationMs").asLong());
    Instant.parse(attempts.get(1).get("attemptedAt").asText());
  }

  @Test
  void anotherTeamsDeliveryIsNotFoundUnderTheCallersTeam() {
    TeamFixture other = new TeamFixture(api);
    other.subscribe(List.of("*"));
    String theirs = other.onlyDeliveryOf(other.publish(type, 1).get("id").asText());
    api.get(team.path("/deliveries/" + theirs), team.token()).expectProblem(404);
    assertFalse(team.deliveryIds("").contains(theirs));
  }

  @Test
  void badFiltersAreOne400NamingEach() {
    var reply =
        api.get(team.path("/deliveries?subscriptionId=x&eventId=y&status=lost"), team.token());
    reply.expectProblem(400);
    assertEquals(Set.of("subscriptionId", "eventId", "status"), Set.copyOf(reply.errorFields()));
  }

  private static Set<String> subscriptions(JsonNode items) {
    return new HashSet<>(items.findValuesAsText("subscriptionId"));
  }

  private static Set<String> events(JsonNode items) {
    return new HashSet<>(items.findValuesAsText("eventId"));
  }
}
