package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.ChallengeMeDialectTest.DOCUMENT_URL;
import static io.hookline.bootstrap.e2e.ChallengeMeDialectTest.LOGOUT;
import static io.hookline.bootstrap.e2e.ChallengeMeDialectTest.REGISTRATION;
import static io.hookline.bootstrap.e2e.ChallengeMeDialectTest.TOKEN;
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

  static final String NOT_REGISTERED = "This team are not registered on any event on our system";
  private static final String NOT_YOURS = "you don't have permission for team ";

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
  void aTokenActingForAnotherTeamGetsTheGeneral401WhateverItSends() {
    var team = Client.team(hookline);
    var other = Client.team(hookline);
    var intruder = new Client(hookline, other.id(), other.name(), team.token());

    intruder.expect(401, NOT_YOURS + other.id(), "GET", "webhooks/registered", null);
    intruder.expect(401, NOT_YOURS + other.id(), "POST", "webhooks/registration", REGISTRATION);
    intruder.expect(401, NOT_YOURS + other.id(), "PATCH", "webhooks/url", "{}");
  }

  @Test
  void aMissingOrForeignTokenIs401WithAMessage() {
    var team = Client.team(hookline);
    var anonymous = new Client(hookline, team.id(), team.name(), null);
    var forged = new Client(hookline, team.id(), team.name(), team.token() + "x");

    anonymous.expect(401, "Access Token Required", "GET", "webhooks/registered", null);
    forged.expect(401, "Invalid Access Token", "GET", "webhooks/registered", null);
  }

  @Test
  void theDocumentsPlaceholderUrlIsRefusedSinceNoHttpClientCanReachItsHost() {
    var team = Client.team(hookline);
    String registration = REGISTRATION.replace(URL, DOCUMENT_URL);

    team.expect(
        400, "\"webhookUrl\" must name a host", "POST", "webhooks/registration", registration);
  }

  @Test
  void aTeamWithoutRegistrationsIsTold() {
    Client.team(hookline).expect(404, NOT_REGISTERED, "GET", "webhooks/registered", null);
  }

  @Test
  void updatingTheTokenOrTheUrlOfAnUnregisteredUrlIs404() {
    var team = Client.team(hookline);
    String token = "{\"webhookUrl\": \"%s\", \"authorizationToken\": \"%s\"}";
    String url = "{\"oldWebhookUrl\": \"%s\", \"newWebhookUrl\": \"%s\"}";

    team.expect(
        404,
        "Update Authorization Token Fail, There is no webhook url '"
            + DOCUMENT_URL
            + "' fot this team",
        "PATCH",
        "webhook/authorization",
        token.formatted(DOCUMENT_URL, TOKEN));
    team.expect(
        404,
        "Update url Fail, There is no webhook url '" + DOCUMENT_URL + "' fot this team",
        "PATCH",
        "webhooks/url",
        url.formatted(DOCUMENT_URL, DOCUMENT_URL));
  }

  @Test
  void aLogoutForATeamThatDoesNotExistIs404() {
    String wrongTeamId = UUID.randomUUID().toString();
    var admin = new Client(hookline, wrongTeamId, "none", HooklineInstance.adminToken());

    admin.expect(
        404,
        "There is no such team with " + wrongTeamId + " team id",
        "DELETE",
        "webhook/logout",
        LOGOUT.formatted(DOCUMENT_URL));
  }

  @Test
  void aLogoutFromEventsTheUrlIsNotRegisteredToIs406NamingThemAndChangesNothing() {
    var team = Client.team(hookline);
    String message = "You are not registered to these events: '%s' with the specified webhookUrl";
    team.expect(
        406,
        message.formatted("submittedChallenge,startedChallenge"),
        "DELETE",
        "webhook/logout",
        LOGOUT.formatted(DOCUMENT_URL));

    String registration = "{\"webhookUrl\": \"%s\", \"events\": [\"submittedChallenge\"]}";
    team.json(201, "POST", team.path("webhooks/registration"), registration.formatted(URL));
    team.expect(
        406,
        message.formatted("startedChallenge"),
        "DELETE",
        "webhook/logout",
        LOGOUT.formatted(URL));
    team.json(200, "DELETE", team.path("webhook/logout"), registration.formatted(URL));
  }
}
