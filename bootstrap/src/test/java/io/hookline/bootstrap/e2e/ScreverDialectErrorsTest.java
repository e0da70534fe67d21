package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.ScreverDialectTest.DOCUMENTED;
import static io.hookline.bootstrap.e2e.ScreverDialectTest.HOOK;
import static io.hookline.bootstrap.e2e.ScreverDialectTest.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.bootstrap.e2e.ScreverDialectTest.Company;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The errors a Screver client meets, end to end: the document shows none, so Hookline answers
 * {@code {statusCode, message, error}} as the Node.js API behind it would, for every failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreverDialectErrorsTest {

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

  private static void assertError(JsonNode body, int status, String message, String error) {
    assertEquals(List.of("statusCode", "message", "error"), fieldsOf(body));
    assertEquals(status, body.get("statusCode").asInt());
    assertEquals(message, body.get("message").asText());
    assertEquals(error, body.get("error").asText());
  }

  @Test
  void theDocumentsOwnIdsAreUnknownToAFreshCompanyAndAnswerNotFound() {
    for (String request :
        List.of(
            "GET 5d0b985960a1da78cf8f4a57",
            "DELETE 5d10840f5b4ca0038509890c",
            "PUT 5d9b4816de62163caf637d5c")) {
      String method = request.split(" ")[0];
      String id = request.split(" ")[1];
      String body = method.equals("PUT") ? DOCUMENTED : null;

      JsonNode error = company.call(404, method, "/api/v2/webhooks/" + id, body);

      assertError(error, 404, "webhook '" + id + "' not found", "Not Found");
    }
  }

  @Test
  void anotherCompanysWebhookIsNotFound() {
    String theirs = Company.fresh(hookline).create("optionSelected", HOOK).get("_id").asText();

    JsonNode error = company.call(404, "GET", "/api/v2/webhooks/" + theirs, null);

    assertError(error, 404, "webhook '" + theirs + "' not found", "Not Found");
  }

  @Test
  void aRequestWithoutTheDocumentsBearerTokenIsUnauthorized() {
    HttpResponse<String> response = hookline.send("POST", "/api/v2/webhooks", null, DOCUMENTED);

    assertEquals(401, response.statusCode());
    assertEquals(
        "{\"statusCode\":401,\"message\":\"this request needs a valid bearer token; it was missing,"
            + " malformed, expired or not signed by this server\",\"error\":\"Unauthorized\"}",
        response.body());
  }

  @Test
  void aWebhookWithoutTypeOrUrlIsABadRequest() {
    JsonNode error = company.call(400, "POST", "/api/v2/webhooks", "{}");

    assertError(error, 400, "type should not be empty; url should not be empty", "Bad Request");
  }

  @Test
  void aTypeTheCatalogDoesNotOfferIsABadRequest() {
    String body = "{\"type\":\"surveyStarted\",\"url\":\"" + HOOK + "\"}";

    JsonNode error = company.call(400, "POST", "/api/v2/webhooks", body);

    assertError(error, 400, "type: unknown or archived event type 'surveyStarted'", "Bad Request");
  }

  @Test
  void aListingWithoutItsRequiredLimitIsABadRequest() {
    JsonNode error = company.call(400, "GET", "/api/v2/webhooks?skip=0", null);

    assertError(
        error, 400, "limit must be one of the following values: 5, 10, 25, 50, 100", "Bad Request");
  }

  @Test
  void anAdminTokenActsForTheCompanyNamedInTheTeamHeader() {
    String admin = HooklineInstance.adminToken();

    var unnamed = hookline.send("GET", "/api/v2/webhooks?limit=5", admin, null);
    var named =
        hookline.send(
            "GET", "/api/v2/webhooks?limit=5", admin, null, "X-Hookline-Team", company.teamId());

    assertEquals(400, unnamed.statusCode());
    assertEquals(
        "{\"statusCode\":400,\"message\":\"X-Hookline-Team: an admin token without teams must name"
            + " the team in the X-Hookline-Team header\",\"error\":\"Bad Request\"}",
        unnamed.body());
    assertEquals(200, named.statusCode());
    assertEquals("{\"resources\":[],\"total\":0}", named.body());
  }
}
