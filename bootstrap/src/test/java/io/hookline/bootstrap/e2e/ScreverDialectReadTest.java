package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.ScreverDialectTest.HOOK;
import static io.hookline.bootstrap.e2e.ScreverDialectTest.HOOK2;
import static io.hookline.bootstrap.e2e.ScreverDialectTest.WEBHOOK_FIELDS;
import static io.hookline.bootstrap.e2e.ScreverDialectTest.assertWebhook;
import static io.hookline.bootstrap.e2e.ScreverDialectTest.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.bootstrap.e2e.ScreverDialectTest.Company;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the listing and get-by-id examples of the Screver webhook document, then pages and sorts
 * with {@code skip}, {@code limit} and {@code sort} as a Screver client does; a company sees only
 * its own webhooks in the Screver format.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreverDialectReadTest {

  @TempDir static Path dataDir;
  private HooklineInstance hookline;
  private Company company;

  @BeforeAll
  void start() {
    hookline = ScreverDialectTest.startHookline(dataDir);
  }

  @AfterAll
  void stop() {
    hookline.close();
  }

  @BeforeEach
  void freshCompany() {
    company = Company.fresh(hookline);
  }

  private List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("resources").forEach(webhook -> ids.add(webhook.get("_id").asText()));
    return ids;
  }

  @Test
  void getListOfWebhooksAnswersTheDocumentedPageNewestFirst() {
    company.create("optionSelected", HOOK);
    company.create("surveyCompleted", HOOK);
    company.create("*", HOOK);
    company.create("optionSelected", HOOK2);
    company.create("surveyCompleted", HOOK2);

    JsonNode list = company.call(200, "GET", "/api/v2/webhooks?limit=5", null);

    assertEquals(List.of("resources", "total"), fieldsOf(list));
    assertEquals(5, list.get("total").asInt());
    List<String> shown = new ArrayList<>();
    for (JsonNode webhook : list.get("resources")) {
      assertEquals(WEBHOOK_FIELDS, fieldsOf(webhook));
      assertWebhook(webhook, webhook.get("type").asText(), webhook.get("url").asText());
      shown.add(webhook.get("type").asText() + " " + webhook.get("url").asText());
    }
    assertEquals(
        List.of(
            "surveyCompleted " + HOOK2,
            "optionSelected " + HOOK2,
            "* " + HOOK,
            "surveyCompleted " + HOOK,
            "optionSelected " + HOOK),
        shown);
  }

  @Test
  void getSpecificWebhookByIdAnswersItWithoutCompanyOrVersion() {
    JsonNode created = company.create("optionSelected", HOOK);
    String id = created.get("_id").asText();

    JsonNode read = company.call(200, "GET", "/api/v2/webhooks/" + id, null);

    assertEquals(WEBHOOK_FIELDS, fieldsOf(read));
    assertWebhook(read, "optionSelected", HOOK);
    assertEquals(created.get("secret"), read.get("secret"));
    assertEquals(read, company.call(200, "GET", "/api/v2/webhooks/" + id.toUpperCase(), null));
  }

  @Test
  void skipLimitAndSortSelectThePageAndTotalCountsEveryWebhook() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(company.create("optionSelected", HOOK + i).get("_id").asText());
    }
    company.call(200, "PUT", "/api/v2/webhooks/" + created.get(2), "{\"type\":\"*\"}");

    JsonNode oldestLast =
        company.call(
            200, "GET", "/api/v2/webhooks?skip=5&limit=5&sort=%7B%20createdAt%3A%201%20%7D", null);
    JsonNode touchedFirst =
        company.call(200, "GET", "/api/v2/webhooks?limit=10&sort=%7B%22updatedAt%22%3A-1%7D", null);
    JsonNode newestFirst = company.call(200, "GET", "/api/v2/webhooks?limit=5", null);

    assertEquals(7, oldestLast.get("total").asInt());
    assertEquals(created.subList(5, 7), ids(oldestLast));
    assertEquals(created.get(2), ids(touchedFirst).getFirst());
    assertEquals(7, ids(touchedFirst).size());
    assertEquals(
        List.of(created.get(6), created.get(5), created.get(4), created.get(3), created.get(2)),
        ids(newestFirst));
  }

  @Test
  void theListingShowsNeitherNativeSubscriptionsNorAnotherCompanysWebhooks() {
    String mine = company.create("surveyCompleted", HOOK).get("_id").asText();
    Company other = Company.fresh(hookline);
    other.create("surveyCompleted", HOOK);
    hookline.call(
        201,
        "POST",
        "/api/v1/teams/" + company.teamId() + "/subscriptions",
        HooklineInstance.adminToken(),
        "{\"url\":\"" + HOOK + "\",\"eventTypes\":[\"*\"]}");

    JsonNode list = company.call(200, "GET", "/api/v2/webhooks?limit=5", null);
    JsonNode nativeView =
        hookline.call(
            200,
            "GET",
            "/api/v1/teams/" + company.teamId() + "/subscriptions",
            company.token(),
            null);

    assertEquals(1, list.get("total").asInt());
    assertEquals(List.of(mine), ids(list));
    assertEquals(2, nativeView.get("items").size());
    assertEquals("screver", nativeView.get("items").get(0).get("format").asText());
    assertEquals("standard", nativeView.get("items").get(1).get("format").asText());
  }
}
