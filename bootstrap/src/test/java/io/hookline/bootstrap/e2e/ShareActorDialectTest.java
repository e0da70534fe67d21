package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The ShareActor webhooks document replayed against the whole service, request by request. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShareActorDialectTest {

  private static final String OID = "[0-9a-f]{24}";
  private static final List<String> MEMBERS =
      List.of(
          "_id", "company", "created", "updated", "event_type", "deleted", "secret", "endpoint");

  @TempDir static Path dataDir;
  private HooklineInstance hookline;
  private Company company;

  @BeforeAll
  void start() {
    hookline =
        HooklineInstance.start(
            Databases.h2File(dataDir), Map.of("hookline.delivery.allow-private-networks", true));
  }

  @AfterAll
  void stop() {
    hookline.close();
  }

  @BeforeEach
  void freshCompany() {
    company = new Company(hookline);
  }

  /** Asserts the documented webhook object: its members in order, ids and dates by shape. */
  private static void assertWebhook(JsonNode webhook, String endpoint, boolean deleted) {
    List<String> members = new ArrayList<>();
    webhook.fieldNames().forEachRemaining(members::add);
    assertEquals(MEMBERS, members);
    assertTrue(webhook.at("/_id/$oid").asText().matches(OID), webhook.toString());
    assertTrue(webhook.at("/company/$oid").asText().matches(OID), webhook.toString());
    long created = webhook.at("/created/$date").asLong();
    assertTrue(Math.abs(created - Instant.now().toEpochMilli()) < Duration.ofMinutes(5).toMillis());
    assertTrue(webhook.at("/updated/$date").asLong() >= created);
    assertEquals("order.created", webhook.get("event_type").asText());
    assertEquals(deleted, webhook.get("deleted").asBoolean());
    assertTrue(webhook.get("secret").asText().matches("whsec_[A-Za-z0-9+/]{43}="));
    assertEquals(endpoint, webhook.get("endpoint").asText());
  }

  @Test
  void everyRequestOfTheDocumentAnswersAsDocumented() {
    String body =
        "{\"endpoint\": \"http://requestbin.fullcontact.com/asdfasdf\","
            + " \"event_type\": \"order.created\"}";
    JsonNode created = company.call(200, "POST", "/webhooks", body);
    assertWebhook(created, "http://requestbin.fullcontact.com/asdfasdf", false);
    String id = created.at("/_id/$oid").asText();

    JsonNode updated =
        company.call(200, "PUT", "/webhooks/" + id, "{\"endpoint\": \"https://www.google.com\"}");
    assertWebhook(updated, "https://www.google.com", false);
    for (String same : List.of("_id", "company", "created", "secret")) {
      assertEquals(created.get(same), updated.get(same), same);
    }

    assertEquals(updated, company.call(200, "GET", "/webhooks/" + id, null));
    assertEquals(List.of(updated), list(company.call(200, "GET", "/webhooks", null)));

    JsonNode deleted = company.call(200, "DELETE", "/webhooks/" + id, null);
    assertWebhook(deleted, "https://www.google.com", true);
    assertEquals(updated.get("_id"), deleted.get("_id"));
    assertEquals(List.of(), list(company.call(200, "GET", "/webhooks", null)));
    JsonNode gone = company.call(404, "GET", "/webhooks/" + id, null);
    assertEquals("webhook '" + id + "' not found", gone.get("message").asText());
  }

  @Test
  void errorsAnswerInTheShareActorJsonBody() {
    JsonNode anonymous = Company.json(hookline.send("GET", "/webhooks", null, null), 401);
    assertEquals(401, anonymous.get("status").asInt());
    assertEquals("Unauthorized", anonymous.get("error").asText());
    JsonNode missing =
        company.call(400, "POST", "/webhooks", "{\"event_type\": \"order.created\"}");
    assertEquals("endpoint: is required", missing.get("message").asText());
    assertEquals("endpoint", missing.at("/errors/0/field").asText());
    JsonNode unknown = company.call(404, "DELETE", "/webhooks/5964a0ead57ba2036750a3b4", null);
    assertEquals("webhook '5964a0ead57ba2036750a3b4' not found", unknown.get("message").asText());
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** A fresh team on a running Hookline and a token of it, calling as the document does. */
  static final class Company {

    final HooklineInstance hookline;
    final String team;
    final String token;

    Company(HooklineInstance hookline) {
      this.hookline = hookline;
      String name = "{\"name\":\"shareactor-" + System.nanoTime() + "\"}";
      this.team =
          hookline
              .call(201, "POST", "/api/v1/teams", HooklineInstance.adminToken(), name)
              .get("id")
              .asText();
      this.token = HooklineInstance.token(List.of(), List.of(team));
    }

    /** Sends with a JSON content type and the ShareActor API key; returns the JSON answer. */
    JsonNode call(int status, String method, String path, String body) {
      return json(
          hookline.send(method, path, token, body, "X-Share-Api-Key", "<kvass-api-key>"), status);
    }

    static JsonNode json(HttpResponse<String> response, int status) {
      assertEquals(status, response.statusCode(), response.body());
      assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
      try {
        return HooklineInstance.JSON.readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + response.body(), e);
      }
    }
  }
}
