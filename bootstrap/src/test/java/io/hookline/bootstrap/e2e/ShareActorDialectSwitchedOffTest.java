package io.hookline.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookline.bootstrap.e2e.ShareActorDialectTest.Company;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment whose HOOKLINE_DIALECTS names only other dialects has no ShareActor paths. */
class ShareActorDialectSwitchedOffTest {

  @TempDir Path dataDir;

  @Test
  void theShareActorPathsAnswer404WhenOnlyAnotherDialectIsSwitchedOn() {
    Map<String, Object> codewarsOnly = Map.of("hookline.dialects", "codewars");
    try (var hookline = HooklineInstance.start(Databases.h2File(dataDir), codewarsOnly)) {
      Company company = new Company(hookline);
      String body = "{\"endpoint\":\"https://x.example\",\"event_type\":\"order.created\"}";

      var created = hookline.send("POST", "/webhooks", company.token, body);
      assertEquals(404, created.statusCode());
      assertEquals(
          "application/problem+json", created.headers().firstValue("Content-Type").orElseThrow());
      for (String path : new String[] {"/webhooks", "/webhooks/5964a0ead57ba2036750a3b4"}) {
        assertEquals(404, hookline.send("GET", path, company.token, null).statusCode(), path);
      }
      String nativeList = "/api/v1/teams/" + company.team + "/subscriptions";
      assertEquals(200, hookline.send("GET", nativeList, company.token, null).statusCode());
    }
  }
}
