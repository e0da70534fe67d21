package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.GuidDialectTest.GUID;
import static io.hookline.bootstrap.e2e.GuidDialectTest.subscribeBody;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.bootstrap.e2e.TestReceiver.Request;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001's messages at a real receiver on loopback: Simulate Event and published events arrive
 * carrying the subscription's Signature and custom header, with an HMAC the receiver can check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidDialectDeliveryTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";
  private static final String PACKET = "0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f";
  private static final String ZERO = "00000000-0000-0000-0000-000000000000";

  @TempDir static Path dataDir;

  private HooklineInstance hookline;
  private TestReceiver receiver;
  private Scenario scenario;
  private String token;

  @BeforeAll
  void startHookline() {
    hookline =
        HooklineInstance.start(
            Databases.h2File(dataDir), Map.of("hookline.delivery.allow-private-networks", true));
  }

  @AfterAll
  void stopHookline() {
    hookline.close();
  }

  @BeforeEach
  void freshTeamAndReceiver() {
    receiver = new TestReceiver();
    scenario = new Scenario(hookline);
    token = HooklineInstance.token(List.of(), List.of(scenario.teamId));
  }

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  private JsonNode subscribe(String path, String objectType, String objectGuid) {
    String body =
        subscribeBody(receiver.url(path))
            .replace("\"None\"", "\"" + objectType + "\"")
            .replace("00000000-0000-0000-0000-000000000000", objectGuid);
    return GuidDialectTest.subscribe(hookline, token, body);
  }

  @Test
  void simulateEventSendsTheSubscriptionATestMessageOfItsWebhook() throws Exception {
    JsonNode subscription = subscribe("/packets", "None", ZERO);
    String guid = subscription.get("GUID").asText();

    JsonNode simulated =
        hookline.call(
            200, "GET", "/WebhookTest/SimulateEvent?webHookSubscriptionGUID=" + guid, token, null);

    String expected = "{'GUID':'<guid>','Webhook':'PacketCreated','WebhookSubscriptionGUID':'%s'}";
    assertEquals(
        expected.replace('\'', '"').formatted(guid),
        simulated.toString().replaceFirst(GUID, "<guid>"));
    var request = receiver.await(r -> r.size() == 1, WAIT).getFirst();
    String data =
        "{\"message\":\"This is a test event from Hookline\",\"subscriptionId\":\"" + guid + "\"}";
    assertMessage(request, subscription, simulated.get("GUID").asText(), "None", ZERO, data);
  }

  @Test
  void aPublishedPacketReachesTheSubscriptionsWhoseObjectFilterItPasses() throws Exception {
    JsonNode all = subscribe("/all", "None", ZERO);
    JsonNode mine = subscribe("/mine", "Packet", PACKET.toUpperCase());
    subscribe("/other", "Packet", "11111111-2222-3333-4444-555555555555");
    String data = "{\"PacketGUID\":\"" + PACKET + "\",\"Weight\":1.5}";

    JsonNode event = publish("PacketCreated", data, PACKET);

    assertEquals(2, event.get("deliveries").asInt());
    receiver.await(r -> r.size() == 2, WAIT);
    String id = event.get("id").asText();
    assertMessage(receiver.requestsTo("/all").getFirst(), all, id, "Packet", PACKET, data);
    assertMessage(receiver.requestsTo("/mine").getFirst(), mine, id, "Packet", PACKET, data);
  }

  private JsonNode publish(String type, String data, String packet) {
    String object =
        packet == null ? "" : ",\"objectType\":\"Packet\",\"objectId\":\"" + packet + "\"";
    String body = "{\"type\":\"" + type + "\",\"data\":" + data + object + "}";
    return hookline.call(202, "POST", scenario.team("/events"), scenario.admin, body);
  }

  /** Asserts the documented headers, the HMAC, and the whole message, its timestamp by shape. */
  private static void assertMessage(
      Request request, JsonNode subscription, String id, String type, String object, String data)
      throws Exception {
    String guid = subscription.get("GUID").asText();
    String signature = subscription.get("Signature").asText();
    assertEquals("application/json", request.header("Content-Type"));
    assertTrue(request.header("User-Agent").startsWith("Hookline/"));
    assertEquals(id, request.header("Webhook-Id"));
    assertEquals(guid, request.header("Webhook-Subscription-GUID"));
    assertEquals("string", request.header("string"), "the subscription's CustomHeader");
    assertEquals(hmacHex(signature, request.body()), request.header("Webhook-Signature-SHA256"));
    String message =
        "{'GUID':'%s','Webhook':'PacketCreated','WebhookSubscriptionGUID':'%s','ObjectType':'%s',"
            + "'ObjectGUID':'%s','Signature':'%s','Timestamp':'<timestamp>','Data':%s}";
    String timestamp = "\"Timestamp\":\"" + TIMESTAMP + "\"";
    assertEquals(
        message.replace('\'', '"').formatted(id, guid, type, object, signature, data),
        request.body().replaceFirst(timestamp, "\"Timestamp\":\"<timestamp>\""));
  }

  /** A receiver's check, with the JDK's Mac: the key is the Signature's UTF-8 text. */
  private static String hmacHex(String signature, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(signature.getBytes(UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(UTF_8)));
  }
}
