package io.hookline.adapter.rest.dialect.challengeme;

import static io.hookline.adapter.rest.dialect.challengeme.ChallengeMeTeam.SINGULAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How registrations map onto Hookline: one subscription per URL, in the challengeme format. */
@MicronautTest
class ChallengeMeRegistrationTest {

  private static final String HOOK = "https://teamc.example/api/v1/webhook";

  @Inject EmbeddedServer server;
  Api api;
  ChallengeMeTeam team;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = new ChallengeMeTeam(api);
  }

  private JsonNode nativeSubscriptions() {
    return api.get("/api/v1/teams/" + team.id + "/subscriptions", team.token)
        .expect(200)
        .json()
        .get("items");
  }

  @Test
  void registeringAUrlAgainAddsItsEventsAndSetsItsNewToken() {
    team.register(HOOK, List.of("submittedChallenge"), "first").expect(201);
    team.register(HOOK, List.of("startedChallenge", "submittedChallenge"), "second").expect(201);

    JsonNode registered = team.registered().expect(200).json();

    assertEquals(1, registered.size());
    assertEquals("second", registered.at("/0/authorizationToken").asText());
    assertEquals(
        List.of("submittedChallenge", "startedChallenge"),
        List.of(registered.at("/0/events/0").asText(), registered.at("/0/events/1").asText()));
    assertEquals(1, nativeSubscriptions().size());
  }

  @Test
  void theNativeApiSeesTheWebhookInTheChallengeMeFormatAndTheDialectSeesOnlyThose() {
    team.register(HOOK, List.of("startedChallenge"), "t").expect(201);
    api.post(
            "/api/v1/teams/" + team.id + "/subscriptions",
            team.token,
            Map.of("url", "https://native.example/hooks", "eventTypes", List.of("*")))
        .expect(201);

    assertEquals("challengeme", nativeSubscriptions().at("/0/format").asText());
    assertEquals(2, nativeSubscriptions().size());
    assertEquals(1, team.registered().expect(200).json().size());
  }

  @Test
  void everyOperationAnswersUnderTheSingularPathToo() {
    api.post(
            SINGULAR + "/registration/" + team.id,
            team.token,
            Map.of("webhookUrl", HOOK, "events", List.of("startedChallenge")))
        .expect(201);

    JsonNode registered = api.get(SINGULAR + "/registered/" + team.id, team.token).json();
    assertEquals(HOOK, registered.at("/0/webhookUrl").asText());
    assertEquals(true, registered.at("/0/authorizationToken").isNull());
    api.patch(
            SINGULAR + "/url/" + team.id,
            team.token,
            Map.of("oldWebhookUrl", HOOK, "newWebhookUrl", HOOK + "2"))
        .expect(200);
    api.get(SINGULAR + "/all", team.token).expect(200);
  }

  @Test
  void loggingOutOfTheLastEventRemovesTheWebhook() {
    team.register(HOOK, List.of("startedChallenge", "submittedChallenge"), "t").expect(201);

    team.logout(HOOK, List.of("startedChallenge")).expect(200);
    assertEquals(1, team.registered().json().at("/0/events").size());
    team.logout(HOOK, List.of("submittedChallenge")).expect(200);

    team.registered().expect(404);
    assertEquals(0, nativeSubscriptions().size());
  }

  @Test
  void aWebhookCannotMoveToAUrlHooklineCannotDeliverTo() {
    team.register(HOOK, List.of("startedChallenge"), "t").expect(201);

    var reply =
        api.patch(
            team.path("url"),
            team.token,
            Map.of("oldWebhookUrl", HOOK, "newWebhookUrl", "ftp://teamc.example/hook"));

    reply.expect(400);
    assertEquals(
        "\"newWebhookUrl\" must be an absolute http or https URL",
        reply.json().path("message").asText());
  }

  @Test
  void movingAWebhookOntoAnotherRegisteredUrlIsRefusedWithAConflict() {
    team.register(HOOK, List.of("startedChallenge"), "t").expect(201);
    team.register(HOOK + "2", List.of("submittedChallenge"), "t").expect(201);

    var reply =
        api.patch(
            team.path("url"),
            team.token,
            Map.of("oldWebhookUrl", HOOK, "newWebhookUrl", HOOK + "2"));

    reply.expect(409);
    assertEquals(
        "Update url Fail, the webhook url '" + HOOK + "2' is already registered for this team",
        reply.json().path("message").asText());
  }
}
