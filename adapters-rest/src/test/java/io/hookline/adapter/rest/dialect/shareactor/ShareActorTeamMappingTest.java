package io.hookline.adapter.rest.dialect.shareactor;

import static io.hookline.adapter.rest.dialect.shareactor.ShareActorReplies.expectError;
import static io.hookline.adapter.rest.dialect.shareactor.ShareActorReplies.fields;
import static io.hookline.adapter.rest.dialect.shareactor.ShareActorReplies.webhook;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The company of a ShareActor request is the token's one team, or the one the header names. */
@MicronautTest
class ShareActorTeamMappingTest {

  private static final String HEADER = "X-Hookline-Team";

  @Inject EmbeddedServer server;
  Api api;
  String team;
  String other;
  String body;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    team = api.createTeam();
    other = api.createTeam();
    body = webhook("https://receiver.example/hooks", api.createEventType("order"));
  }

  private Reply create(String token, Map<String, String> headers) {
    return api.post("/webhooks", token, body, headers);
  }

  @Test
  void aTokenOfOneTeamCreatesTheWebhookForThatCompany() {
    Reply created = create(Tokens.member(team), Map.of()).expect(200);

    String hex = team.replace("-", "");
    assertEquals(
        hex.substring(0, 12) + hex.substring(20), created.json().at("/company/$oid").asText());
  }

  @Test
  void aTokenOfSeveralTeamsIsA400UntilTheHeaderNamesOne() {
    String both = Tokens.member(team, other);
    String teams = String.join(", ", Stream.of(team, other).sorted().toList());

    var refused =
        expectError(
            create(both, Map.of()),
            400,
            HEADER
                + ": this token may act for several teams ("
                + teams
                + "); name the one you mean in the X-Hookline-Team header");

    assertEquals(List.of(HEADER), fields(refused));
    create(both, Map.of(HEADER, other)).expect(200);
  }

  @Test
  void anAdminTokenWithoutTeamsNamesTheCompanyInTheHeader() {
    expectError(
        create(Tokens.admin(), Map.of()),
        400,
        HEADER + ": an admin token without teams must name the team in the X-Hookline-Team header");
    create(Tokens.admin(), Map.of(HEADER, team)).expect(200);
  }

  @Test
  void theHeaderCannotReachATeamOutsideTheToken() {
    expectError(
        create(Tokens.member(team), Map.of(HEADER, other)),
        403,
        "you don't have permission for team " + other);
    expectError(
        create(Tokens.member(team), Map.of(HEADER, "acme")),
        400,
        HEADER + ": must be a team id (a UUID)");
  }
}
