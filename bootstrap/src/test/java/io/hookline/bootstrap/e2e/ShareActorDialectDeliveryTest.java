package io.hookline.bootstrap.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.bootstrap.e2e.ShareActorDialectTest.Company;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event reaches a webhook made through the ShareActor API in the ShareActor wire format. */
class ShareActorDialectDeliveryTest {

  private static final String DATA = "{\"order\":{\"id\":42,\"total\":1.50,\"note\":\"Zoë\"}}";

  @TempDir Path dataDir;

  @Test
  void aReceiverGetsTheEventSignedWithTheSecretTheApiShowed() throws Exception {
    Map<String, Object> loopback = Map.of("hookline.delivery.allow-private-networks", true);
    try (var hookline = HooklineInstance.start(Databases.h2File(dataDir), loopback);
        var receiver = new TestReceiver()) {
      Company company = new Company(hookline);
      String subscribe =
          "{\"endpoint\": \"" + receiver.url("/orders") + "\", \"event_type\": \"order.created\"}";
      JsonNode webhook = company.call(200, "POST", "/webhooks", subscribe);
      JsonNode published =
          hookline.call(
              202,
              "POST",
              "/api/v1/teams/" + company.team + "/events",
              HooklineInstance.adminToken(),
              "{\"type\":\"order.created\",\"data\":" + DATA + "}");

      var request = receiver.await(r -> r.size() == 1, Duration.ofSeconds(20)).getFirst();

      assertEquals("/orders", request.path());
      assertEquals("application/json", request.header("Content-Type"));
      assertTrue(request.header("User-Agent").startsWith("Hookline/"));
      assertEquals("order.created", request.header("X-Share-Event"));
      assertEquals(webhook.at("/_id/$oid").asText(), request.header("X-Share-Webhook-Id"));
      assertEquals(
          "sha256=" + hmacSha256(webhook.get("secret").asText(), request.body()),
          request.header("X-Share-Signature"));
      String eventId = published.get("id").asText().replace("-", "");
      assertEquals(
          "{\"_id\":{\"$oid\":\""
              + eventId.substring(0, 12)
              + eventId.substring(20)
              + "\"},\"type\":\"order.created\",\"created\":{\"$date\":"
              + Instant.parse(published.get("createdAt").asText()).toEpochMilli()
              + "},\"company\":"
              + webhook.get("company")
              + ",\"data\":"
              + DATA
              + "}",
          request.body());
    }
  }

  /** What a receiver computes with the JDK alone: HMAC-SHA256 keyed with the secret's text. */
  private static String hmacSha256(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(UTF_8)));
  }
}
