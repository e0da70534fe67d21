package io.hookline.adapter.rest.dialect.guid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.TeamFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests the dialect cannot serve: Micronaut's own failures in the words of the ASP.NET Web API
 * behind the document, refused input in the same body, and never a server error.
 */
@MicronautTest
class GuidDialectHttpErrorsTest {

  @Inject EmbeddedServer server;
  Api api;
  String token;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
    token = new TeamFixture(api).token();
  }

  private static void assertMessage(Reply reply, int status, String message) {
    assertEquals(status, reply.status(), reply::body);
    assertEquals("application/json", reply.contentType());
    assertEquals(message, reply.json().get("Message").asText());
    assertTrue(reply.json().has("MessageDetail"), reply::body);
  }

  @Test
  void anUnknownOperationIsA404NamingTheUri() {
    assertMessage(
        api.get("/WebHookSubscription/GetEverything?x=1", token),
        404,
        "No HTTP resource was found that matches the request URI"
            + " '/WebHookSubscription/GetEverything?x=1'.");
  }

  @Test
  void aWrongMethodIsA405NamingTheMethod() {
    assertMessage(
        api.get("/WebHookSubscription/SubscribeToWebhook", token),
        405,
        "The requested resource does not support http method 'GET'.");
  }

  @Test
  void aBodyThatIsNotJsonIsA415NamingItsMediaType() {
    assertMessage(
        api.send("POST", "/WebHookSubscription/SubscribeToWebhook", token, "text/plain", "x"),
        415,
        "The request entity's media type 'text/plain' is not supported for this resource.");
  }

  @ParameterizedTest(name = "Content-Type: {0}")
  @CsvSource(
      nullValues = "-",
      value = {"-", "text/plain; charset=utf-8", "application/x-www-form-urlencoded"})
  void unsubscribeReadsNoBodySoAnyOrNoContentTypeWillDo(String contentType) {
    String guid = "00000000-0000-0000-0000-000000000001";
    String path = "/WebHookSubscription/Unsubscribe?webhookSubscriptionGUID=" + guid;

    Reply reply = api.sendBytes("POST", path, token, contentType, new byte[0]);

    assertMessage(reply, 400, "The request is invalid");
    assertTrue(reply.json().get("MessageDetail").asText().contains(guid), reply::body);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET  | /WebHookSubscription/GetWebhookSubscription?webhookSubscriptionGUID=%00",
        "GET  | /WebHookSubscription/GetWebhookSubscription?webhookSubscriptionGUID=%7B%7D",
        "GET  | /WebhookTest/SimulateEvent?webHookSubscriptionGUID=&webHookSubscriptionGUID=1",
        "GET  | /WebhookTest/SimulateEvent?WEBHOOKSUBSCRIPTIONGUID=%E2%82%AC",
        "POST | /WebHookSubscription/Unsubscribe?webhookSubscriptionGUID=(((((",
        "POST | /WebHookSubscription/SubscribeToWebhook?webhookSubscriptionGUID=1"
      })
  void oddInputIsAnInvalidRequestNeverAServerError(String method, String path) {
    Reply reply =
        api.send(method, path, token, "application/json", method.equals("POST") ? "{}" : null);

    assertMessage(reply, 400, "The request is invalid");
  }

  @Test
  void aCustomHeaderThatHooklineSetsItselfIsRefusedNamingTheField() {
    Reply reply =
        api.post(
            "/WebHookSubscription/SubscribeToWebhook",
            token,
            Map.of(
                "Webhook", "PacketCreated",
                "SubscriberURL", "https://receiver.example/packets",
                "CustomHeader", "Webhook-Signature-SHA256",
                "CustomHeaderValue", "forged"));

    assertEquals(400, reply.status());
    assertTrue(reply.json().get("MessageDetail").asText().startsWith("CustomHeader."));
  }

  @Test
  void aBodyOverTheSizeLimitIsRefusedInTheSameBody() {
    String huge = "{\"Webhook\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    Reply reply = api.post("/WebHookSubscription/SubscribeToWebhook", token, huge);

    assertEquals(413, reply.status(), reply::body);
    assertEquals("The request is invalid", reply.json().get("Message").asText());
  }
}
