package io.hookline.bootstrap.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.bootstrap.e2e.ScreverDialectTest.Company;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
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
 * A receiver registered through the Screver API gets each event as the document describes it: the
 * documented fields of its type in a flat JSON body, and {@code X-API-SIGNATURE}, the hex
 * HMAC-SHA256 of that exact body keyed with the webhook's secret, checked here with the JDK alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreverDialectDeliveryTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String OPTION_SELECTED =
      "{\"surveyItemId\":\"5d9b4816de62163caf637d5c\",\"meta\":{\"email\":\"zoë@example.com\"},"
          + "\"question\":{\"_id\":\"q1\",\"text\":\"How likely…?\"},\"answer\":9}";

  @TempDir static Path dataDir;
  private HooklineInstance hookline;
  private TestReceiver receiver;

  @BeforeAll
  void start() {
    hookline = ScreverDialectTest.startHookline(dataDir);
  }

  @AfterAll
  void stop() {
    hookline.close();
  }

  @BeforeEach
  void freshReceiver() {
    receiver = new TestReceiver();
  }

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  private JsonNode publish(Company company, String type, String data) {
    String body = "{\"type\":\"" + type + "\",\"data\":" + data + "}";
    String path = "/api/v1/teams/" + company.teamId() + "/events";
    return hookline.call(202, "POST", path, HooklineInstance.adminToken(), body);
  }

  private static String hmacHex(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(UTF_8)));
  }

  @Test
  void anOptionSelectedEventArrivesFlatWithItsTimestampAndAVerifiableSignature() throws Exception {
    Company company = Company.fresh(hookline);
    String secret =
        company.create("optionSelected", receiver.url("/option")).get("secret").asText();
    company.create("surveyCompleted", receiver.url("/survey-only"));

    JsonNode event = publish(company, "optionSelected", OPTION_SELECTED);

    var request = receiver.await(r -> !r.isEmpty(), WAIT).getFirst();
    assertEquals("/option", request.path());
    assertEquals(hmacHex(secret, request.body()), request.header("X-API-SIGNATURE"));
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("optionSelected", request.header("X-API-EVENT"));
    JsonNode body = HooklineInstance.JSON.readTree(request.body());
    assertEquals(
        List.of("timestamp", "surveyItemId", "meta", "question", "answer"),
        ScreverDialectTest.fieldsOf(body));
    assertEquals(HooklineInstance.JSON.readTree(OPTION_SELECTED).get("meta"), body.get("meta"));
    assertEquals(9, body.get("answer").asInt());
    String timestamp = body.get("timestamp").asText();
    assertTrue(timestamp.matches("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}\\.\\d{3}Z"), timestamp);
    long skew =
        Duration.between(Instant.parse(event.get("createdAt").asText()), Instant.parse(timestamp))
            .abs()
            .toMillis();
    assertTrue(skew <= 1, timestamp + " is not when the event fired");
    assertEquals(1, event.get("deliveries").asInt(), "only the optionSelected webhook wants it");
  }

  @Test
  void theWildcardWebhookGetsEveryTypeEachSignedWithItsOwnSecret() throws Exception {
    Company company = Company.fresh(hookline);
    String secret = company.create("*", receiver.url("/all")).get("secret").asText();

    publish(company, "surveyCompleted", "{\"meta\":{\"invitation\":\"i-1\"}}");
    publish(company, "optionSelected", OPTION_SELECTED);

    var requests = receiver.await(r -> r.size() == 2, WAIT);
    var survey =
        requests.stream()
            .filter(r -> "surveyCompleted".equals(r.header("X-API-EVENT")))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("timestamp", "meta"),
        ScreverDialectTest.fieldsOf(HooklineInstance.JSON.readTree(survey.body())));
    for (var request : requests) {
      assertEquals(hmacHex(secret, request.body()), request.header("X-API-SIGNATURE"));
    }
  }
}
