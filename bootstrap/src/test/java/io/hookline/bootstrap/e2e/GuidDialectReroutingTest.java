package io.hookline.bootstrap.e2e;

import static io.hookline.bootstrap.e2e.GuidDialectTest.subscribeBody;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001's changes as a receiver sees them: after UpdateWebhookSubscription messages go to the
 * new SubscriberURL, and after Unsubscribe none are sent to the deleted subscription.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidDialectReroutingTest {

  @TempDir static Path dataDir;

  private HooklineInstance hookline;
  private TestReceiver receiver;

  @BeforeAll
  void startHooklineAndReceiver() {
    hookline =
        HooklineInstance.start(
            Databases.h2File(dataDir), Map.of("hookline.delivery.allow-private-networks", true));
    receiver = new TestReceiver();
  }

  @AfterAll
  void stopHooklineAndReceiver() {
    receiver.close();
    hookline.close();
  }

  @Test
  void anUpdatedSubscriptionReceivesAtItsNewUrlAndAnUnsubscribedOneNoMore() {
    Scenario scenario = new Scenario(hookline);
    String token = HooklineInstance.token(List.of(), List.of(scenario.teamId));
    String moved = subscribe(token, "/old");
    String gone = subscribe(token, "/gone");

    String update = GuidDialectTest.updateBody(moved, receiver.url("/new"));
    hookline.call(200, "POST", "/WebHookSubscription/UpdateWebhookSubscription", token, update);
    String unsubscribe = "/WebHookSubscription/Unsubscribe?webhookSubscriptionGUID=" + gone;
    hookline.call(200, "POST", unsubscribe, token, null);
    String event = "{\"type\":\"PacketCreated\",\"data\":{}}";
    var published = hookline.call(202, "POST", scenario.team("/events"), scenario.admin, event);

    assertEquals(1, published.get("deliveries").asInt());
    var request = receiver.await(r -> r.size() == 1, Duration.ofSeconds(30)).getFirst();
    assertEquals("/new", request.path());
    assertEquals(moved, request.header("Webhook-Subscription-GUID"));
  }

  private String subscribe(String token, String path) {
    String body = subscribeBody(receiver.url(path));
    return GuidDialectTest.subscribe(hookline, token, body).get("GUID").asText();
  }
}
