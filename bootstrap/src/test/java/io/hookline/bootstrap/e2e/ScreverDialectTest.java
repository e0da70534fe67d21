package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the create, update and delete examples of the Screver webhook document (seed 003) against
 * the whole service on an H2 file, as a Screver client sends them, and checks the answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreverDialectTest {

  static final String HOOK = "https://go.screver.com/api/v1/test-webhook";
  static final String HOOK2 = "https://go.screver.com/api/v1/test-webhook2";
  static final String DOCUMENTED =
      "{\n \"type\": \"optionSelected\",\n \"url\": \"" + HOOK + "\"\n}";
  static final List<String> WEBHOOK_FIELDS =
      List.of("_id", "type", "url", "secret", "createdAt", "updatedAt");
  private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}\\.\\d{3}Z");

  @TempDir static Path dataDir;
  private HooklineInstance hookline;
  private Company company;

  /** A fresh company (a Hookline team) and the calls its Screver client makes with its token. */
  record Company(HooklineInstance hookline, String teamId, String token) {
    static Company fresh(HooklineInstance hookline) {
      String teamId = new Scenario(hookline).teamId;
      return new Company(hookline, teamId, HooklineInstance.token(List.of(), List.of(teamId)));
    }

    /** Sends a request as the document shows it, asserts the status, returns the JSON body. */
    JsonNode call(int status, String method, String path, String body) {
      HttpResponse<String> response = hookline.send(method, path, token, body);
      assertEquals(
          status, response.statusCode(), () -> method + " " + path + ": " + response.body());
      assertEquals(
          status == 204 ? "" : "application/json",
          response.headers().firstValue("Content-Type").orElse(""));
      try {
        return response.body().isEmpty() ? null : HooklineInstance.JSON.readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + response.body(), e);
      }
    }

    JsonNode create(String type, String url) {
      String body = "{\"type\":\"" + type + "\",\"url\":\"" + url + "\"}";
      return call(201, "POST", "/api/v2/webhooks", body);
    }
  }

  static List<String> fieldsOf(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }

  /** Asserts a webhook's values, its 24-hex id, its whsec_ secret and its millisecond times. */
  static void assertWebhook(JsonNode webhook, String type, String url) {
    assertTrue(webhook.get("_id").asText().matches("[0-9a-f]{24}"), webhook::toString);
    assertEquals(type, webhook.get("type").asText());
    assertEquals(url, webhook.get("url").asText());
    assertTrue(webhook.get("secret").asText().matches("whsec_[A-Za-z0-9+/]{43}="));
    assertTrue(TIME.matcher(webhook.get("createdAt").asText()).matches(), webhook::toString);
    assertTrue(TIME.matcher(webhook.get("updatedAt").asText()).matches(), webhook::toString);
  }

  /** The whole service on an H2 file in {@code dir}, allowed to deliver to loopback receivers. */
  static HooklineInstance startHookline(Path dir) {
    return HooklineInstance.start(
        Databases.h2File(dir), Map.of("hookline.delivery.allow-private-networks", true));
  }

  @BeforeAll
  void start() {
    hookline = startHookline(dataDir);
  }

  @AfterAll
  void stop() {
    hookline.close();
  }

  @BeforeEach
  void freshCompany() {
    company = Company.fresh(hookline);
  }

  @Test
  void createWebhookAnswers201WithTheDocumentedFieldsInTheirOrder() {
    JsonNode created = company.call(201, "POST", "/api/v2/webhooks", DOCUMENTED);

    assertEquals(
        List.of("_id", "type", "company", "url", "secret", "createdAt", "updatedAt", "__v"),
        fieldsOf(created));
    assertWebhook(created, "optionSelected", HOOK);
    assertEquals(objectIdOf(company.teamId()), created.get("company").asText());
    assertEquals(created.get("createdAt"), created.get("updatedAt"));
    assertTrue(created.get("__v").isInt() && created.get("__v").asInt() == 0);
  }

  @Test
  void updateWebhookByIdAnswers200WithTypeFirstTheSameSecretAndANewUpdatedAt() throws Exception {
    JsonNode created = company.create("surveyCompleted", HOOK2);
    String path = "/api/v2/webhooks/" + created.get("_id").asText();
    Thread.sleep(5);

    JsonNode updated = company.call(200, "PUT", path, DOCUMENTED);

    assertEquals(
        List.of("type", "_id", "url", "secret", "createdAt", "updatedAt"), fieldsOf(updated));
    assertWebhook(updated, "optionSelected", HOOK);
    assertEquals(created.get("_id"), updated.get("_id"));
    assertEquals(created.get("secret"), updated.get("secret"));
    assertEquals(created.get("createdAt"), updated.get("createdAt"));
    assertNotEquals(created.get("updatedAt"), updated.get("updatedAt"));
  }

  @Test
  void deleteWebhookByIdAnswers204AndTheWebhookIsGone() {
    String id = company.create("optionSelected", HOOK).get("_id").asText();
    company.create("surveyCompleted", HOOK);

    assertEquals(null, company.call(204, "DELETE", "/api/v2/webhooks/" + id, null));

    company.call(404, "GET", "/api/v2/webhooks/" + id, null);
    assertEquals(
        1, company.call(200, "GET", "/api/v2/webhooks?limit=5", null).get("total").asInt());
  }

  /** The team's id as the API shows it: the UUID's first 12 and last 12 hex digits. */
  private static String objectIdOf(String uuid) {
    String hex = uuid.replace("-", "");
    return hex.substring(0, 12) + hex.substring(20);
  }
}
