package io.hookline.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.rest.support.Api;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and Swagger UI are public and need nothing from the internet. */
@MicronautTest
class ApiDocsTest {

  @Inject EmbeddedServer server;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(server.getURI());
  }

  @Test
  void theOpenApiDocumentIsServedWithoutATokenAndListsTheSubscriptionPaths() {
    var reply = api.get("/openapi.yml", null).expect(200);
    assertEquals("application/yaml", reply.contentType());
    String document = reply.body();
    assertTrue(document.startsWith("openapi: 3"));
    assertTrue(document.contains("/api/v1/teams/{teamId}/subscriptions:"));
    assertTrue(document.contains("/api/v1/teams/{teamId}/subscriptions/{subscriptionId}:"));
    assertTrue(
        document.contains("/api/v1/teams/{teamId}/subscriptions/{subscriptionId}/secret/rotate:"));
    assertTrue(document.contains("scheme: bearer"));
  }

  @Test
  void theDocumentListsTheEventAndDeliveryPathsWithDataOfAnyJsonType() {
    String document = api.get("/openapi.yml", null).expect(200).body();
    for (String path :
        List.of(
            "/api/v1/teams/{teamId}/events:",
            "/api/v1/teams/{teamId}/events/{eventId}:",
            "/api/v1/teams/{teamId}/deliveries:",
            "/api/v1/teams/{teamId}/deliveries/{deliveryId}:",
            "/api/v1/teams/{teamId}/deliveries/{deliveryId}/retry:",
            "/api/v1/teams/{teamId}/subscriptions/{subscriptionId}/recover:",
            "/api/v1/teams/{teamId}/subscriptions/{subscriptionId}/test:")) {
      assertTrue(document.contains(path), path);
    }
    assertTrue(document.contains("name: Idempotency-Key"));
    assertTrue(document.contains("    AnyJsonValue:\n"));
    assertTrue(document.contains("$ref: \"#/components/schemas/AnyJsonValue\""));
  }

  @Test
  void theDocumentDoesNotDescribeTheDocumentationEndpoints() {
    String document = api.get("/openapi.yml", null).body();
    assertTrue(!document.contains("/swagger-ui") && !document.contains("/openapi.yml:"));
  }

  @Test
  void swaggerUiIsServedWithoutATokenAndReadsTheDocument() {
    var reply = api.get("/swagger-ui", null).expect(200);
    assertEquals("text/html", reply.contentType());
    assertTrue(reply.body().contains("'/openapi.yml'"));
    assertTrue(reply.body().contains("/swagger-ui/res/swagger-ui-bundle.js"));
  }

  @Test
  void swaggerUiAssetsAreBundledNotLoadedFromACdn() {
    String page = api.get("/swagger-ui", null).body();
    assertTrue(!page.contains("https://"), "the page loads nothing from another host");
    var bundle = api.get("/swagger-ui/res/swagger-ui-bundle.js", null).expect(200);
    assertTrue(bundle.body().length() > 100_000);
    api.get("/swagger-ui/res/swagger-ui.css", null).expect(200);
  }

  @Test
  void anUnknownAssetIsA404Problem() {
    api.get("/swagger-ui/res/nothing.js", null).expectProblem(404);
    api.get("/swagger-ui/res/..%2F..%2Fhookline.yml", null).expectProblem(404);
  }
}
