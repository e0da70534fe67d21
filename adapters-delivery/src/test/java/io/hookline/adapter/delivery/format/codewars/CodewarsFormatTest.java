package io.hookline.adapter.delivery.format.codewars;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hookline.adapter.delivery.WireFormats;
import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.SigningSecret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a receiver written against the Codewars Hookbot document gets from Hookline. */
class CodewarsFormatTest {

  private final Hookbot hookbot = Hookbot.subscribed();

  @Test
  void theCodeChallengeCreatedSampleArrivesWithTheDocumentedHeadersAndBody() {
    WireFormat.Request request =
        hookbot.deliver(
            "code_challenge.created",
            "{\"id\":\"50654ddff44f800200000001\",\"created_by_id\":\"508f2708b3be0c0200000002\"}");

    assertEquals(
        Map.of(
            "User-Agent", "Codewars Hookbot",
            "Content-Type", "application/json",
            "X-Webhook-Event", "code_challenge",
            "X-Webhook-Secret", Hookbot.SECRET.value()),
        request.headers());
    assertEquals(
        "{\"action\":\"created\",\"code_challenge\":{\"id\":\"50654ddff44f800200000001\","
            + "\"created_by_id\":\"508f2708b3be0c0200000002\"}}",
        new String(request.body(), UTF_8));
  }

  @Test
  void aSolutionFinalizedEventCarriesTheSolutionNextToTheCodeChallenge() {
    String body =
        hookbot.body(
            "code_challenge.solution_finalized",
            "{\"code_challenge\":{\"id\":\"53aa3f265b97485984000001\","
                + "\"created_by_id\":\"53af25145b97487568000001\"},"
                + "\"solution\":{\"id\":\"53aa3f265b97485984000001\","
                + "\"user_id\":\"53417de006654f4171000587\"}}");

    assertEquals(
        "{\"action\":\"solution_finalized\",\"code_challenge\":{\"id\":\"53aa3f265b97485984000001\","
            + "\"created_by_id\":\"53af25145b97487568000001\"},"
            + "\"solution\":{\"id\":\"53aa3f265b97485984000001\","
            + "\"user_id\":\"53417de006654f4171000587\"}}",
        body);
  }

  @Test
  void theUserSamplesNameTheUserModelAndKeepTheLanguageNull() {
    WireFormat.Request rank =
        hookbot.deliver(
            "user.rank_upgraded",
            "{\"user\":{\"id\":\"53aa3f265b97485984000001\",\"rank\":-5},\"language\":null}");

    assertEquals("user", rank.headers().get("X-Webhook-Event"));
    assertEquals(
        "{\"action\":\"rank_upgraded\",\"user\":{\"id\":\"53aa3f265b97485984000001\",\"rank\":-5},"
            + "\"language\":null}",
        new String(rank.body(), UTF_8));
    assertEquals(
        "{\"action\":\"honor_changed\",\"user\":{\"id\":\"53aa3f265b97485984000001\","
            + "\"honor\":420,\"honor_delta\":3}}",
        hookbot.body(
            "user.honor_changed",
            "{\"id\":\"53aa3f265b97485984000001\",\"honor\":420,\"honor_delta\":3}"));
  }

  @Test
  void theAnnouncementOfTheSubscriptionsOwnChangeIsTheDocumentedPingWithA24HexId() {
    String own = hookbot.subscription.id().toString();

    WireFormat.Request ping = hookbot.deliver("webhook.updated", "{\"id\":\"" + own + "\"}");

    assertEquals("webhook", ping.headers().get("X-Webhook-Event"));
    assertEquals(
        "{\"action\":\"updated\",\"webhook\":{\"id\":\"0195a3b27c4d7e8f9a0b1c2d\"}}",
        new String(ping.body(), UTF_8));
  }

  @Test
  void aWebhookUpdatedEventAboutAnythingElseIsDeliveredAsPublished() {
    assertEquals(
        "{\"action\":\"updated\",\"webhook\":{\"id\":\"someone-else\"}}",
        hookbot.body("webhook.updated", "{\"id\":\"someone-else\"}"));
  }

  @Test
  void duringARotationOverlapTheSecretHeaderCarriesTheCurrentSecret() {
    SigningSecret current = SigningSecret.generate();
    Hookbot rotated =
        Hookbot.subscribed(settings -> settings, List.of(current, SigningSecret.generate()));

    assertEquals(
        current.value(),
        rotated.deliver("user.honor_changed", "{}").headers().get("X-Webhook-Secret"));
  }

  @Test
  void customHeadersAndTheBearerTokenAreSentButCannotReplaceTheHookbotHeaders() {
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put("X-Tenant", "acme");
    custom.put("x-webhook-event", "forged");
    custom.put("X-WEBHOOK-SECRET", "forged");
    Hookbot configured =
        Hookbot.subscribed(
            settings ->
                settings
                    .withHeaders(new CustomHeaders(custom))
                    .withAuthorizationToken(Optional.of(new AuthorizationToken("tok-123"))),
            List.of(Hookbot.SECRET));

    Map<String, String> headers =
        configured.deliver("code_challenge.voted", "{\"id\":\"1\"}").headers();

    assertEquals("acme", headers.get("X-Tenant"));
    assertEquals("Bearer tok-123", headers.get("Authorization"));
    assertEquals("code_challenge", headers.get("X-Webhook-Event"));
    assertEquals(Hookbot.SECRET.value(), headers.get("X-Webhook-Secret"));
    assertFalse(headers.containsKey("x-webhook-event") || headers.containsKey("X-WEBHOOK-SECRET"));
  }

  @Test
  void theRegistryRendersCodewarsSubscriptionsInThisFormat() {
    assertEquals(
        CodewarsFormat.class,
        new WireFormats("Hookline/1.2.3").of(DeliveryFormat.CODEWARS).getClass());
  }
}
