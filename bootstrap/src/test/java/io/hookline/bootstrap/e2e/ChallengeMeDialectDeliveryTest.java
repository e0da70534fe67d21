package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import io.hookline.bootstrap.e2e.ChallengeMeDialectTest.Client;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receiver registered through the ChallengeMe API gets the events it registered to in the
 * challengeme wire format: its own token as a Bearer token, and a signature it can verify.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeMeDialectDeliveryTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String DATA = "{\"challengeName\":\"JWT - Node.js\",\"userName\":\"alice\"}";

  @TempDir static Path dataDir;
  private HooklineInstance hookline;
  private TestReceiver receiver;
  private Client team;

  @BeforeAll
  void start() {
    hookline = Client.start(dataDir);
  }

  @AfterAll
  void stop() {
    hookline.close();
  }

  @BeforeEach
  void registerAReceiver() {
    receiver = new TestReceiver();
    team = Client.team(hookline);
    team.json(
        201,
        "POST",
        team.path("webhooks/registration"),
        "{\"webhookUrl\": \"%s\", \"events\": [\"submittedChallenge\"], \"authorizationToken\": \"tok-1\"}"
            .formatted(receiver.url("/api/v1/webhook")));
  }

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  private String publish(String type) {
    return hookline
        .call(
            202,
            "POST",
            "/api/v1/teams/" + team.id() + "/events",
            HooklineInstance.adminToken(),
            "{\"type\":\"" + type + "\",\"data\":" + DATA + "}")
        .get("id")
        .asText();
  }

  /** The signing secret, which the ChallengeMe API does not show, read from the native API. */
  private String secret() {
    String admin = HooklineInstance.adminToken();
    String subscriptions = "/api/v1/teams/" + team.id() + "/subscriptions";
    String id = hookline.call(200, "GET", subscriptions, admin, null).at("/items/0/id").asText();
    return hookline
        .call(200, "GET", subscriptions + "/" + id + "/secret", admin, null)
        .get("secret")
        .asText();
  }

  @Test
  void aRegisteredEventArrivesWithTheTokenTheBodyAndAVerifiableSignature() throws Exception {
    publish("startedChallenge");
    String eventId = publish("submittedChallenge");

    var request = receiver.await(r -> !r.isEmpty(), WAIT).getFirst();

    assertEquals("/api/v1/webhook", request.path());
    assertEquals("Bearer tok-1", request.header("Authorization"));
    assertEquals("application/json", request.header("Content-Type"));
    assertTrue(request.header("User-Agent").startsWith("Hookline/"));
    assertEquals(eventId, request.header("webhook-id"));
    assertTrue(request.header("webhook-timestamp").matches("\\d{10}"));
    JsonNode body = HooklineInstance.JSON.readTree(request.body());
    assertEquals("submittedChallenge", body.get("eventName").asText());
    assertEquals(team.id(), body.get("teamId").asText());
    assertEquals(eventId, body.get("eventId").asText());
    assertTrue(body.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z"));
    assertEquals(HooklineInstance.JSON.readTree(DATA), body.get("data"));
    new Webhook(secret()).verify(request.body(), request.headers());
    assertEquals(1, receiver.requests().size(), "startedChallenge was not registered");
  }

  @Test
  void aNewTokenAndANewUrlAreUsedForTheNextEvent() {
    String moved = receiver.url("/api/v2/webhook");
    team.json(
        200,
        "PATCH",
        team.path("webhook/authorization"),
        "{\"webhookUrl\": \"%s\", \"authorizationToken\": \"tok-2\"}"
            .formatted(receiver.url("/api/v1/webhook")));
    team.json(
        200,
        "PATCH",
        team.path("webhooks/url"),
        "{\"oldWebhookUrl\": \"%s\", \"newWebhookUrl\": \"%s\"}"
            .formatted(receiver.url("/api/v1/webhook"), moved));

    publish("submittedChallenge");

    var request = receiver.await(r -> !r.isEmpty(), WAIT).getFirst();
    assertEquals("/api/v2/webhook", request.path());
    assertEquals("Bearer tok-2", request.header("Authorization"));
  }
}
