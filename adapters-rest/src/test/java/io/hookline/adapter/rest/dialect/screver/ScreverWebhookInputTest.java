package io.hookline.adapter.rest.dialect.screver;

import static io.hookline.adapter.rest.dialect.screver.ScreverErrorBodyTest.expectScreverError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a Screver client is told when its webhook body or listing query is not acceptable. */
@MicronautTest
class ScreverWebhookInputTest {

  private static final String WEBHOOKS = "/api/v2/webhooks";

  @Inject EmbeddedServer server;
  Api api;
  String token;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    token = Tokens.member(api.createTeam());
    api.post("/api/v1/event-types", Tokens.admin(), Map.of("name", "optionSelected"));
  }

  private String messageOf(Reply reply) {
    return expectScreverError(reply, 400, "Bad Request").get("message").asText();
  }

  @Test
  void aCreationNeedsBothTypeAndUrl() {
    assertEquals(
        "type should not be empty; url should not be empty",
        messageOf(api.post(WEBHOOKS, token, Map.of())));
    assertEquals(
        "type should not be empty; url should not be empty",
        messageOf(api.send("POST", WEBHOOKS, token, "application/json", "")));
    assertEquals(
        "url should not be empty",
        messageOf(api.post(WEBHOOKS, token, Map.of("type", "optionSelected"))));
  }

  @Test
  void aTypeOutsideTheCatalogIsRefusedByName() {
    assertEquals(
        "type: unknown or archived event type 'orderShipped'",
        messageOf(
            api.post(
                WEBHOOKS, token, Map.of("type", "orderShipped", "url", "https://example.com/h"))));
  }

  @Test
  void aTypeMustBeAnEventTypeNameOrTheWildcard() {
    assertEquals(
        "type must be an event type name or *",
        messageOf(
            api.post(WEBHOOKS, token, Map.of("type", "order.*", "url", "https://example.com/h"))));
    assertEquals(
        "type must be a string",
        messageOf(
            api.send(
                "POST",
                WEBHOOKS,
                token,
                "application/json",
                "{\"type\":{\"name\":\"optionSelected\"},\"url\":\"https://example.com/h\"}")));
  }

  @Test
  void aUrlMustBeAnAbsoluteHttpUrl() {
    assertEquals(
        "url must be an absolute http or https URL",
        messageOf(
            api.post(WEBHOOKS, token, Map.of("type", "optionSelected", "url", "ftp://x.example"))));
  }

  @Test
  void aListingNeedsOneOfTheDocumentedLimits() {
    String expected = "limit must be one of the following values: 5, 10, 25, 50, 100";
    assertEquals(expected, messageOf(api.get(WEBHOOKS, token)));
    assertEquals(expected, messageOf(api.get(WEBHOOKS + "?limit=7", token)));
    assertEquals(expected, messageOf(api.get(WEBHOOKS + "?limit=ten", token)));
  }

  @Test
  void aNegativeSkipAndAnUnknownSortAreBothNamed() {
    assertEquals(
        "skip must be a non-negative integer; sort must be an object with a single key, createdAt"
            + " or updatedAt, and the value 1 or -1, such as { createdAt: -1 }",
        messageOf(api.get(WEBHOOKS + "?limit=5&skip=-1&sort=%7B%20name%3A%201%20%7D", token)));
  }

  @Test
  void theDocumentedListingQueryIsAccepted() {
    api.get(WEBHOOKS + "?limit=5", token).expect(200);
    api.get(WEBHOOKS + "?limit=100&skip=3&sort=%7B%20createdAt%3A%20-1%20%7D", token).expect(200);
    api.get(WEBHOOKS + "?limit=10&sort[updatedAt]=1", token).expect(200);
  }
}
