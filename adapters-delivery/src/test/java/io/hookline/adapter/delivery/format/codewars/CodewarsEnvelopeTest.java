package io.hookline.adapter.delivery.format.codewars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How event types and data become the Codewars body a receiver parses. */
class CodewarsEnvelopeTest {

  private final Hookbot hookbot = Hookbot.subscribed();

  @ParameterizedTest(name = "{0} is the model {1} and the action ''{2}''")
  @CsvSource({
    "code_challenge.approve_successful, code_challenge, approve_successful",
    "order.line.created, order.line, created",
    "submittedChallenge, submittedChallenge, ''",
    "hookline.ping, hookline, ping"
  })
  void theLastDotOfTheTypeSeparatesTheModelFromTheAction(String type, String model, String action) {
    assertEquals(model, hookbot.deliver(type, "{}").headers().get("X-Webhook-Event"));
    assertEquals("{\"action\":\"" + action + "\",\"" + model + "\":{}}", hookbot.body(type, "{}"));
  }

  @ParameterizedTest(name = "{0} becomes the model member")
  @CsvSource(
      delimiter = '|',
      value = {
        "[1,2]",
        "\"text\"",
        "42.50",
        "null",
        "{\"users\":{\"user\":1}}",
        "{\"id\":\"\\\"user\\\":\"}",
        "{\"user\":1,}",
        "{\"user\":1} {}",
        "{\"user\" 1}"
      })
  void dataThatIsNotAnObjectHoldingTheModelBecomesTheModelMemberVerbatim(String data) {
    assertEquals(
        "{\"action\":\"rank_upgraded\",\"user\":" + data + "}",
        hookbot.body("user.rank_upgraded", data));
  }

  @ParameterizedTest(name = "{0} is spread")
  @CsvSource(
      delimiter = '|',
      value = {
        " { \"user\" : { \"a\" : [ 1, {\"}\":\"]\"} ] } , \"extra\" : 1.50 } "
            + "| {\"action\":\"rank_upgraded\",\"user\":{ \"a\" : [ 1, {\"}\":\"]\"} ] },"
            + "\"extra\":1.50}",
        "{\"us\\u0065r\":{\"rank\":-5},\"action\":\"ignored\",\"language\":\"ruby\"}"
            + "| {\"action\":\"rank_upgraded\",\"us\\u0065r\":{\"rank\":-5},\"language\":\"ruby\"}"
      })
  void dataHoldingTheModelIsSpreadNextToTheActionWhichComesFromTheType(String data, String body) {
    assertEquals(body.strip(), hookbot.body("user.rank_upgraded", data));
  }
}
