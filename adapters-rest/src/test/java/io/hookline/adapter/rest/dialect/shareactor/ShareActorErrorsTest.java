package io.hookline.adapter.rest.dialect.shareactor;

import static io.hookline.adapter.rest.dialect.shareactor.ShareActorReplies.expectError;
import static io.hookline.adapter.rest.dialect.shareactor.ShareActorReplies.fields;
import static io.hookline.adapter.rest.dialect.shareactor.ShareActorReplies.webhook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every failure under /webhooks answers {status, error, message, errors} in ShareActor terms. */
@MicronautTest
class ShareActorErrorsTest {

  private static final String JSON = "application/json";

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

  private Reply create(String body) {
    return api.post("/webhooks", token, body);
  }

  @Test
  void aMissingOrForeignTokenIsA401() {
    String message =
        "this request needs a valid bearer token; it was missing, malformed, expired or not signed"
            + " by this server";
    expectError(api.get("/webhooks", null), 401, message);
    expectError(api.get("/webhooks", Tokens.adminSignedWithAnotherSecret()), 401, message);
  }

  @Test
  void anIdThatNamesNoWebhookOfTheCompanyIsA404NamingIt() {
    for (String id : List.of("ffffffffffffffffffffffff", "not-an-object-id")) {
      String message = "webhook '" + id + "' not found";
      expectError(api.get("/webhooks/" + id, token), 404, message);
      expectError(api.send("PUT", "/webhooks/" + id, token, JSON, "{}"), 404, message);
      expectError(api.delete("/webhooks/" + id, token), 404, message);
    }
  }

  @Test
  void missingAndInvalidMembersAreA400NamingEachAsTheDocumentDoes() {
    JsonNode missing =
        expectError(create("{}"), 400, "endpoint: is required; event_type: is required");
    assertEquals(List.of("endpoint", "event_type"), fields(missing));
    JsonNode invalid =
        expectError(
            create(webhook("ftp://x.example", "order.*")),
            400,
            "endpoint: must be an absolute http or https URL; event_type: 'order.*' is not a valid"
                + " event type name: it must start with a letter and contain up to 128 letters,"
                + " digits, '_', '.', ':' or '-'");
    assertEquals(List.of("endpoint", "event_type"), fields(invalid));
  }

  @Test
  void anUnknownEventTypeAndARefusedTargetAreNamedAsTheDocumentsFields() {
    expectError(
        create(webhook("https://x.example", "no.such")),
        400,
        "event_type: unknown or archived event type 'no.such'");
    expectError(
        create(webhook("https://refused.example", type)),
        400,
        "endpoint: resolves to a private address");
  }

  @Test
  void badListingParametersAreA400NamingEachOne() {
    JsonNode body =
        expectError(
            api.get("/webhooks?page=-1&size=0&sort=name", token),
            400,
            "page: must be 0 or more; size: must be between 1 and 250; sort: must be created,"
                + " updated or modified, with a leading - to sort descending");
    assertEquals(List.of("page", "size", "sort"), fields(body));
    expectError(api.get("/webhooks?page=first", token), 400, "page: must be an integer");
  }

  @Test
  void requestsMicronautRefusesUseTheSameBody() {
    Reply wrongMethod = api.send("PATCH", "/webhooks/abc", token, JSON, "{}");
    assertEquals(405, wrongMethod.status());
    assertTrue(wrongMethod.header("Allow").contains("PUT"));
    assertEquals(405, wrongMethod.json().get("status").asInt());
    expectError(
        api.send("POST", "/webhooks", token, "text/plain", "x"),
        415,
        "Content Type [text/plain] not allowed. Allowed types: [application/json]");
    expectError(
        api.send("POST", "/webhooks", token, JSON, "{\"endpoint\":"),
        400,
        "the request body is not valid JSON");
    expectError(
        api.send("POST", "/webhooks", token, JSON, "{\"endpoint\":[\"a\",\"b\"]}"),
        400,
        "endpoint: must be a string");
    assertEquals(404, api.get("/webhooks/a/b", token).json().get("status").asInt());
  }
}
