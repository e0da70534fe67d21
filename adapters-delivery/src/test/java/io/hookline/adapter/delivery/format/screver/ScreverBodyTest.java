package io.hookline.adapter.delivery.format.screver;

import static io.hookline.adapter.delivery.format.screver.Deliveries.FIRED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookline.domain.subscription.SigningSecret;
import org.junit.jupiter.api.Test;

class ScreverBodyTest {

  private final ScreverFormat format = new ScreverFormat("Hookline/1.2.3");

  private String bodyFor(String data) {
    var webhook = Deliveries.optionSelected(data, SigningSecret.generate());
    return new String(format.render(webhook, FIRED.plusSeconds(30)).body(), UTF_8);
  }

  @Test
  void theBodyIsTheEventTimeInMillisecondsFollowedByTheDataMembersVerbatim() {
    String data =
        "{\"surveyItemId\":\"5d9b4816de62163caf637d5c\", \"meta\":{\"email\":\"zoë@example.com\"},"
            + "\"question\":{\"id\":\"q1\"},\"answer\":1.50}";

    assertEquals(
        "{\"timestamp\":\"2019-10-07T14:13:42.489Z\",\"surveyItemId\":\"5d9b4816de62163caf637d5c\","
            + " \"meta\":{\"email\":\"zoë@example.com\"},\"question\":{\"id\":\"q1\"},"
            + "\"answer\":1.50}",
        bodyFor(data));
  }

  @Test
  void emptyDataGivesABodyWithOnlyTheTimestamp() {
    assertEquals("{\"timestamp\":\"2019-10-07T14:13:42.489Z\"}", bodyFor(" { } "));
  }

  @Test
  void dataWithItsOwnTopLevelTimestampIsSentAsItIs() {
    String data =
        "{\"meta\":{\"timestamp\":\"nested\"},\"time\\u0073tamp\":\"2019-10-08T07:15:13.945Z\"}";

    assertEquals(data, bodyFor(data));
  }

  @Test
  void aTimestampInsideAMemberOrAStringDoesNotReplaceTheEventTime() {
    String data = "{\"meta\":{\"timestamp\":\"nested\"},\"note\":\"\\\"timestamp\\\":\"}";

    assertEquals(
        "{\"timestamp\":\"2019-10-07T14:13:42.489Z\",\"meta\":{\"timestamp\":\"nested\"},"
            + "\"note\":\"\\\"timestamp\\\":\"}",
        bodyFor(data));
  }

  @Test
  void dataThatIsNotAnObjectTravelsUnderData() {
    assertEquals("{\"timestamp\":\"2019-10-07T14:13:42.489Z\",\"data\":[1, 2]}", bodyFor("[1, 2]"));
    assertEquals(
        "{\"timestamp\":\"2019-10-07T14:13:42.489Z\",\"data\":\"yes\"}", bodyFor("\"yes\""));
  }
}
