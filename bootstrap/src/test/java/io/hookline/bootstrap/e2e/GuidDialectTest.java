package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001, the GUID "WebHookSubscription" API: every request example of its document, replayed
 * against the running service with a token of one team, answers as documented.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidDialectTest {

  static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  static final String SIGNATURE = "whsec_[A-Za-z0-9+/]{43}=";
  static final String SUBSCRIPTIONS = "/WebHookSubscription/";
  static final String BY_GUID = "?webhookSubscriptionGUID=";

  @TempDir static Path dataDir;

  private HooklineInstance hookline;
  private String token;

  @BeforeAll
  void startHookline() {
    hookline = HooklineInstance.start(Databases.h2File(dataDir), Map.of());
  }

  @AfterAll
  void stopHookline() {
    hookline.close();
  }

  @BeforeEach
  void freshTeam() {
    token = HooklineInstance.token(List.of(), List.of(new Scenario(hookline).teamId));
  }

  /** The documented Subscribe parameters, with a real address for the placeholder URL. */
  static String subscribeBody(String url) {
    return """
        {
          "Webhook": "PacketCreated",
          "FilterObjectGUID": "00000000-0000-0000-0000-000000000000",
          "FilterObjectType": "None",
          "SubscriberURL": "%s",
          "CustomHeader": "string",
          "CustomHeaderValue": "string"
        }"""
        .formatted(url);
  }

  /** The documented Update parameters: those of Subscribe plus the subscription's GUID. */
  static String updateBody(String guid, String url) {
    return subscribeBody(url).replaceFirst("\\{", "{\"GUID\": \"" + guid + "\",");
  }

  /** Asserts the documented answer: the Subscribe example with a GUID first and the Signature. */
  static void assertSubscription(JsonNode subscription, String url) {
    String documented =
        subscribeBody(url)
            .replaceAll("\\s", "")
            .replace("{", "{\"GUID\":\"<guid>\",")
            .replace(",\"CustomHeader\"", ",\"Signature\":\"<signature>\",\"CustomHeader\"");
    String shaped =
        subscription
            .toString()
            .replaceFirst("\"GUID\":\"" + GUID + "\"", "\"GUID\":\"<guid>\"")
            .replaceFirst("\"Signature\":\"" + SIGNATURE + "\"", "\"Signature\":\"<signature>\"");
    assertEquals(documented, shaped);
  }

  /** Subscribes with the body and returns the one subscription of the 200 answer. */
  static JsonNode subscribe(HooklineInstance hookline, String token, String body) {
    JsonNode answer = hookline.call(200, "POST", SUBSCRIPTIONS + "SubscribeToWebhook", token, body);
    assertEquals(1, answer.size(), answer::toString);
    return answer.get(0);
  }

  private JsonNode call(String method, String operation, String body) {
    return hookline.call(200, method, SUBSCRIPTIONS + operation, token, body);
  }

  private JsonNode subscribe(String url) {
    return subscribe(hookline, token, subscribeBody(url));
  }

  @Test
  void subscribeToWebhookAnswers200WithTheNewSubscriptionAndItsServerMadeSignature() {
    assertSubscription(
        subscribe("https://receiver.example/packets"), "https://receiver.example/packets");
  }

  @Test
  void getAllWebhookSubscriptionsNeedsNoParametersAndListsEverySubscription() {
    subscribe("https://receiver.example/a");
    subscribe("https://receiver.example/b");

    JsonNode all = call("GET", "GetAllWebhookSubscriptions", null);

    assertEquals(2, all.size());
    assertSubscription(all.get(0), "https://receiver.example/a");
    assertSubscription(all.get(1), "https://receiver.example/b");
  }

  @Test
  void getWebhookSubscriptionAnswers200WithTheSingleSubscriptionInAnArray() {
    JsonNode created = subscribe("https://receiver.example/packets");

    JsonNode read =
        call("GET", "GetWebhookSubscription" + BY_GUID + created.get("GUID").asText(), null);

    assertEquals(List.of(created), List.copyOf(read.findParents("GUID")));
  }

  @Test
  void updateWebhookSubscriptionTakesTheSubscribeParametersPlusTheGuidAndAnswersLikeSubscribe() {
    String guid = subscribe("https://receiver.example/old").get("GUID").asText();

    JsonNode updated =
        call("POST", "UpdateWebhookSubscription", updateBody(guid, "https://receiver.example/new"));

    assertSubscription(updated.get(0), "https://receiver.example/new");
    assertEquals(guid, updated.get(0).get("GUID").asText());
    assertEquals(updated, call("GET", "GetWebhookSubscription" + BY_GUID + guid, null));
  }

  @Test
  void unsubscribeTakesTheGuidAsItsOnlyParameterAndPermanentlyDeletesTheSubscription() {
    String guid = subscribe("https://receiver.example/gone").get("GUID").asText();
    String kept = subscribe("https://receiver.example/kept").get("GUID").asText();

    JsonNode deleted = call("POST", "Unsubscribe" + BY_GUID + guid, null);

    assertEquals(List.of(guid), deleted.findValuesAsText("GUID"));
    String get = SUBSCRIPTIONS + "GetWebhookSubscription" + BY_GUID + guid;
    assertEquals(400, hookline.send("GET", get, token, null).statusCode());
    assertEquals(
        List.of(kept), call("GET", "GetAllWebhookSubscriptions", null).findValuesAsText("GUID"));
  }
}
