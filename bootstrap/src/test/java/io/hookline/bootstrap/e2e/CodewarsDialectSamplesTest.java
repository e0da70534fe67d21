package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.CodewarsDialectTest.WAIT;
import static io.hookline.bootstrap.e2e.CodewarsDialectTest.assertHookbotHeaders;
import static io.hookline.bootstrap.e2e.CodewarsDialectTest.register;
import static io.hookline.bootstrap.e2e.HooklineInstance.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event the Codewars Hookbot document shows, published to Hookline as {@code
 * <model>.<action>} with its data, reaches a Codewars receiver with the documented headers and
 * exactly the documented body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodewarsDialectSamplesTest {

  private static final String CODE_CHALLENGE =
      "{\"id\":\"53aa3f265b97485984000001\",\"created_by_id\":\"53af25145b97487568000001\"}";

  @TempDir static Path dataDir;

  private HooklineInstance hookline;

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

  /** The event type, the data published, and the body the document shows for it. */
  static Stream<Arguments> documentedEvents() {
    return Stream.of(
        Arguments.of(
            "code_challenge.created",
            "{\"id\":\"50654ddff44f800200000001\",\"created_by_id\":\"508f2708b3be0c0200000002\"}",
            """
            {
              "action": "created",
              "code_challenge": {
                "id": "50654ddff44f800200000001",
                "created_by_id": "508f2708b3be0c0200000002"
              }
            }
            """),
        Arguments.of(
            "code_challenge.approve_successful",
            CODE_CHALLENGE,
            codeChallenge("approve_successful")),
        Arguments.of("code_challenge.voted", CODE_CHALLENGE, codeChallenge("voted")),
        Arguments.of(
            "code_challenge.solution_finalized",
            "{\"code_challenge\":"
                + CODE_CHALLENGE
                + ",\"solution\":{\"id\":\"53aa3f265b97485984000001\","
                + "\"user_id\":\"53417de006654f4171000587\"}}",
            """
            {
              "action": "solution_finalized",
              "code_challenge": {
                "id": "53aa3f265b97485984000001",
                "created_by_id": "53af25145b97487568000001"
              },
              "solution": {
                "id": "53aa3f265b97485984000001",
                "user_id": "53417de006654f4171000587"
              }
            }
            """),
        Arguments.of(
            "user.rank_upgraded",
            "{\"user\":{\"id\":\"53aa3f265b97485984000001\",\"rank\":-5},\"language\":null}",
            """
            {
              "action": "rank_upgraded",
              "user": {
                "id": "53aa3f265b97485984000001",
                "rank": -5
              },
              "language": null
            }
            """),
        Arguments.of(
            "user.honor_changed",
            "{\"id\":\"53aa3f265b97485984000001\",\"honor\":420,\"honor_delta\":3}",
            """
            {
              "action": "honor_changed",
              "user": {
                "id": "53aa3f265b97485984000001",
                "honor": 420,
                "honor_delta": 3
              }
            }
            """));
  }

  /** The document's Code Challenges "Sample Webhook Payload" for {@code action}. */
  private static String codeChallenge(String action) {
    return """
        {
          "action": "<action - i.e. 'created'>",
          "code_challenge": {
            "id": "53aa3f265b97485984000001",
            "created_by_id": "53af25145b97487568000001"
          }
        }
        """
        .replace("<action - i.e. 'created'>", action);
  }

  @ParameterizedTest(name = "{0} arrives as the document shows it")
  @MethodSource("documentedEvents")
  void everyDocumentedEventArrivesWithTheDocumentedHeadersAndBody(
      String type, String data, String documented) throws Exception {
    Scenario scenario = new Scenario(hookline);
    try (TestReceiver receiver = new TestReceiver()) {
      String secret = register(scenario, receiver.url("/hookbot")).get("secret").asText();
      receiver.await(r -> r.size() == 1, WAIT);

      hookline.call(
          202,
          "POST",
          scenario.team("/events"),
          scenario.admin,
          "{\"type\":\"" + type + "\",\"data\":" + data + "}");

      TestReceiver.Request event = receiver.await(r -> r.size() == 2, WAIT).get(1);
      assertHookbotHeaders(event, type.substring(0, type.indexOf('.')), secret);
      assertEquals(JSON.readTree(documented), JSON.readTree(event.body()));
    }
  }
}
