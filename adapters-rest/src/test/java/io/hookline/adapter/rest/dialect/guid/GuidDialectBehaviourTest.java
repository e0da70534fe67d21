package io.hookline.adapter.rest.dialect.guid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.TeamFixture;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client of the GUID API notices beyond the document's examples: ASP.NET's leniency with
 * names and GUIDs, the team header, and that it sees GUID-format subscriptions only.
 */
@MicronautTest
class GuidDialectBehaviourTest {

  @Inject EmbeddedServer server;
  Api api;
  TeamFixture team;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    api.post("/api/v1/event-types", Tokens.admin(), Map.of("name", "PacketCreated"));
    team = new TeamFixture(api);
  }

  private JsonNode subscribe(String token, Object body) {
    return api.post("/WebHookSubscription/SubscribeToWebhook", token, body).expect(200).json();
  }

  @Test
  void memberNamesAreMatchedInAnyCaseUnknownOnesIgnoredAndGuidsReadInAnyDotNetForm() {
    JsonNode created =
        subscribe(
                team.token(),
                Map.of(
                    "webhook", "PacketCreated",
                    "subscriberUrl", "https://receiver.example/packets",
                    "filterObjectType", "Packet",
                    "filterObjectGuid", "{0B5E8F3C-5D1E-4C4F-9A53-0A1B2C3D4E5F}",
                    "Comment", "members the API does not know are ignored"))
            .get(0);

    assertEquals("https://receiver.example/packets", created.get("SubscriberURL").asText());
    assertEquals("0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f", created.get("FilterObjectGUID").asText());
    String bare = created.get("GUID").asText().replace("-", "").toUpperCase();
    JsonNode read =
        api.get(
                "/WebHookSubscription/GetWebhookSubscription?WEBHOOKSUBSCRIPTIONGUID=" + bare,
                team.token())
            .expect(200)
            .json();
    assertEquals(created, read.get(0));
  }

  @Test
  void theListingAndTheLookupsSeeOnlySubscriptionsInTheGuidFormat() {
    String guid = created().get("GUID").asText();
    String nativeId = team.subscribe(List.of("PacketCreated"));

    JsonNode all =
        api.get("/WebHookSubscription/GetAllWebhookSubscriptions", team.token()).expect(200).json();

    assertEquals(1, all.size());
    assertEquals(guid, all.get(0).get("GUID").asText());
    Reply other =
        api.get(
            "/WebHookSubscription/GetWebhookSubscription?webhookSubscriptionGUID=" + nativeId,
            team.token());
    Reply unknown =
        api.get(
            "/WebHookSubscription/GetWebhookSubscription?webhookSubscriptionGUID="
                + UUID.randomUUID(),
            team.token());
    assertEquals(400, other.status());
    assertEquals(
        other.body().replace(nativeId, "<id>"),
        unknown.body().replaceAll("'[0-9a-f-]{36}'", "'<id>'"),
        "a subscription in another format is as unknown as one that does not exist");
  }

  @Test
  void anAdminNamesTheTeamInTheHeaderAndIsToldSoWithoutIt() {
    Reply without = api.get("/WebHookSubscription/GetAllWebhookSubscriptions", Tokens.admin());
    Reply with = getAllFor(team.id(), Tokens.admin());

    assertEquals(400, without.status());
    assertEquals("The request is invalid", without.json().get("Message").asText());
    assertTrue(without.json().get("MessageDetail").asText().startsWith("X-Hookline-Team: "));
    assertEquals(200, with.status());
  }

  @Test
  void aTeamTheTokenMayNotActForIsDeniedAuthorization() {
    Reply reply = getAllFor(new TeamFixture(api).id(), team.token());

    assertEquals(401, reply.status());
    assertEquals(
        "Authorization has been denied for this request", reply.json().get("Message").asText());
  }

  /** GetAllWebhookSubscriptions for the team named in the X-Hookline-Team header. */
  private Reply getAllFor(String teamId, String token) {
    var request =
        HttpRequest.newBuilder(
                server.getURI().resolve("/WebHookSubscription/GetAllWebhookSubscriptions"))
            .header("Authorization", "Bearer " + token)
            .header("X-Hookline-Team", teamId)
            .build();
    try {
      var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private JsonNode created() {
    return subscribe(
            team.token(),
            Map.of("Webhook", "PacketCreated", "SubscriberURL", "https://receiver.example/a"))
        .get(0);
  }
}
