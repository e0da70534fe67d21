package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.ChallengeMeDialectTest.DOCUMENT_URL;
import static io.hookline.bootstrap.e2e.ChallengeMeDialectTest.REGISTRATION;
import static io.hookline.bootstrap.e2e.ChallengeMeDialectTest.URL;

import io.hookline.bootstrap.e2e.ChallengeMeDialectTest.Client;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every error the ChallengeMe document shows comes with its status and its exact message. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeMeDialectErrorsTest {

  private static final String LOGOUT =
      "{\"webhookUrl\": \"%s\", \"events\": [\"submittedChallenge\", \"startedChallenge\"]}";

  @TempDir static Path dataDir;
  private HooklineInstance hookline;

  @BeforeAll
  void start() {
    hookline = Client.start(dataDir);
  }

  @AfterAll
  void stop() {
    hookline.close();
  }

  @Test
  void aTokenActingForAnotherTeamGetsTheGeneral401() {
    var team = Client.team(hookline);
    var other = Client.team(hookline);

    team.expect(
        401,
        "GET",
        other.path("webhooks", "registered"),
        null,
        "{\"message\": \"you don't have permission for team %s\"}".formatted(other.id()));
    team.expect(
        401,
        "POST",
        other.path("webhooks", "registration"),
        REGISTRATION,
        "{\"message\": \"you don't have permission for team %s\"}".formatted(other.id()));
    team.expect(
        401,
        "PATCH",
        other.path("webhooks", "url"),
        "{}",
        "{\"message\": \"you don't have permission for team %s\"}".formatted(other.id()));
  }

  @Test
  void aMissingOrForeignTokenIs401WithAMessage() {
    var team = Client.team(hookline);
    var anonymous = new Client(hookline, team.id(), team.name(), null);
    var forged = new Client(hookline, team.id(), team.name(), team.token() + "x");

    anonymous.expect(
        401,
        "GET",
        "/api/v1/webhooks/events/all",
        null,
        "{\"message\": \"Access Token Required\"}");
    forged.expect(
        401,
        "GET",
        team.path("webhooks", "registered"),
        null,
        "{\"message\": \"Invalid Access Token\"}");
  }

  @Test
  void theDocumentsPlaceholderUrlIsRefusedSinceNoHttpClientCanReachItsHost() {
    var team = Client.team(hookline);

    team.expect(
        400,
        "POST",
        team.path("webhooks", "registration"),
        REGISTRATION.replace(URL, DOCUMENT_URL),
        "{\"message\": \"\\\"webhookUrl\\\" must name a host\"}");
  }

  @Test
  void aTeamWithoutRegistrationsIsTold() {
    var team = Client.team(hookline);

    team.expect(
        404,
        "GET",
        team.path("webhooks", "registered"),
        null,
        "{\"message\": \"This team are not registered on any event on our system\"}");
  }

  @Test
  void updatingTheTokenOfAnUnregisteredUrlIs404() {
    var team = Client.team(hookline);

    team.expect(
        404,
        "PATCH",
        team.path("webhook", "authorization"),
        "{\"webhookUrl\": \"%s\", \"authorizationToken\": \"%s\"}"
            .formatted(DOCUMENT_URL, ChallengeMeDialectTest.TOKEN),
        "{\"message\": \"Update Authorization Token Fail, There is no webhook url"
            + " 'http://your_address.com/api/v1/webhook' fot this team\"}");
  }

  @Test
  void updatingAnUnregisteredUrlIs404() {
    var team = Client.team(hookline);

    team.expect(
        404,
        "PATCH",
        team.path("webhooks", "url"),
        "{\"oldWebhookUrl\": \"%s\", \"newWebhookUrl\": \"%s\"}"
            .formatted(DOCUMENT_URL, DOCUMENT_URL),
        "{\"message\": \"Update url Fail, There is no webhook url"
            + " 'http://your_address.com/api/v1/webhook' fot this team\"}");
  }

  @Test
  void aLogoutForATeamThatDoesNotExistIs404() {
    String wrongTeamId = UUID.randomUUID().toString();
    var admin = new Client(hookline, wrongTeamId, "none", HooklineInstance.adminToken());

    admin.expect(
        404,
        "DELETE",
        admin.path("webhook", "logout"),
        LOGOUT.formatted(DOCUMENT_URL),
        "{\"message\": \"There is no such team with %s team id\"}".formatted(wrongTeamId));
  }

  @Test
  void aLogoutFromEventsTheUrlIsNotRegisteredToIs406NamingThem() {
    var team = Client.team(hookline);
    team.expect(
        406,
        "DELETE",
        team.path("webhook", "logout"),
        LOGOUT.formatted(DOCUMENT_URL),
        "{\"message\": \"You are not registered to these events:"
            + " 'submittedChallenge,startedChallenge' with the specified webhookUrl\"}");

    team.json(
        201,
        "POST",
        team.path("webhooks", "registration"),
        "{\"webhookUrl\": \"%s\", \"events\": [\"submittedChallenge\"]}".formatted(URL));
    team.expect(
        406,
        "DELETE",
        team.path("webhook", "logout"),
        LOGOUT.formatted(URL),
        "{\"message\": \"You are not registered to these events: 'startedChallenge'"
            + " with the specified webhookUrl\"}");
    team.expect(
        200,
        "GET",
        team.path("webhooks", "registered"),
        null,
        """
        [{"teamId": "%s", "teamName": "%s", "webhookUrl": "%s", "authorizationToken": null,
          "events": ["submittedChallenge"]}]"""
            .formatted(team.id(), team.name(), URL));
  }
}
