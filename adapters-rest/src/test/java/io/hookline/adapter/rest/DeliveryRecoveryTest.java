package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.DeliveryWorker;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.TeamFixture;
import io.hookline.application.port.out.DeliveryQueue;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queuing deliveries again by hand: one delivery by retry, a subscription's failures by recover.
 */
@MicronautTest
class DeliveryRecoveryTest {

  @Inject EmbeddedServer server;
  @Inject DeliveryQueue queue;
  Api api;
  DeliveryWorker worker;
  TeamFixture team;
  String type;
  String subscription;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    worker = new DeliveryWorker(queue);
    team = new TeamFixture(api);
    type = api.createEventType("order");
    subscription = team.subscribe(List.of("*"));
  }

  @Test
  void retryingAFailedDeliveryMakesItPendingAndDueNow() {
    String id = publishAndFail();
    Instant asked = Instant.now();
    JsonNode retried = team.retry(id).expect(202).json();
    assertEquals(id, retried.get("id").asText());
    assertEquals("pending", retried.get("status").asText());
    assertEquals(1, retried.get("attempts").asInt());
    Instant due = Instant.parse(retried.get("nextAttemptAt").asText());
    assertTrue(!due.isBefore(asked.minusSeconds(1)) && !due.isAfter(Instant.now()), due::toString);
    assertEquals("pending", team.delivery(id).get("status").asText());
  }

  @Test
  void retryingADeliveryThatIsBeingSentIsA409() {
    String id = deliveryOf(team.publish(type, 1));
    worker.lease(id);
    JsonNode problem = team.retry(id).expectProblem(409);
    assertTrue(problem.get("detail").asText().contains("being sent right now"));
    assertEquals("sending", team.delivery(id).get("status").asText());
  }

  @Test
  void recoveringRequeuesOnlyTheSubscriptionsFailedDeliveriesSinceTheTime() {
    String before = publishAndFail();
    String since = team.delivery(publishAndFail()).get("createdAt").asText();
    String after = publishAndFail();
    String stillPending = deliveryOf(team.publish(type, 4));
    String other = team.subscribe(List.of(type));
    String otherFailed = deliveryOf(team.publish(type, 5), other);
    worker.failForGood(otherFailed, 500, "down");

    JsonNode recovered = recover(subscription, Map.of("since", since)).expect(202).json();

    assertEquals(2, recovered.get("requeued").asInt());
    assertEquals(
        List.of(before), team.deliveryIds("?status=failed&subscriptionId=" + subscription));
    assertEquals("pending", team.delivery(after).get("status").asText());
    assertEquals("pending", team.delivery(stillPending).get("status").asText());
    assertEquals("failed", team.delivery(otherFailed).get("status").asText());
  }

  @Test
  void recoveringWithNothingFailedRequeuesNothing() {
    team.publish(type, 1);
    var reply = recover(subscription, Map.of("since", "2000-01-01T00:00:00Z"));
    assertEquals(0, reply.expect(202).json().get("requeued").asInt());
  }

  @Test
  void recoveringNeedsASinceThatIsAnInstantNotInTheFuture() {
    for (Object since :
        List.of("yesterday", "2025-13-01T00:00:00Z", Instant.now().plusSeconds(60))) {
      Reply reply = recover(subscription, Map.of("since", since.toString()));
      reply.expectProblem(400);
      assertEquals(List.of("since"), reply.errorFields());
    }
    Reply missing = recover(subscription, Map.of());
    missing.expectProblem(400);
    assertEquals(List.of("since"), missing.errorFields());
  }

  private Reply recover(String subscriptionId, Map<String, String> body) {
    return api.post(team.path("/subscriptions/" + subscriptionId + "/recover"), team.token(), body);
  }

  /** Publishes an event whose one delivery then fails for good, and returns that delivery. */
  private String publishAndFail() {
    String id = deliveryOf(team.publish(type, "x"));
    worker.failForGood(id, 503, "unavailable");
    return id;
  }

  private String deliveryOf(JsonNode accepted) {
    return deliveryOf(accepted, subscription);
  }

  private String deliveryOf(JsonNode accepted, String subscriptionId) {
    String query = "?eventId=" + accepted.get("id").asText() + "&subscriptionId=" + subscriptionId;
    return team.deliveryIds(query).getFirst();
  }
}
