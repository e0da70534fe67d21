package io.hookline.adapter.delivery.format.guid;

import static io.hookline.adapter.delivery.format.guid.GuidWebhooks.DATA;
import static io.hookline.adapter.delivery.format.guid.GuidWebhooks.SECRET;
import static io.hookline.adapter.delivery.format.guid.GuidWebhooks.hmacHex;
import static io.hookline.adapter.delivery.format.guid.GuidWebhooks.webhook;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.delivery.format.WireFormat.Request;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.event.ObjectRef;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.SigningSecret;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a receiver of a GUID-format subscription gets: the message, its headers, its HMAC. */
class GuidWireFormatTest {

  private final GuidWireFormat format = new GuidWireFormat("Hookline/1.2.3");

  @Test
  void theBodyIsThePascalCaseMessageWithTheSignatureAndTheDataCopiedVerbatim() {
    OutgoingWebhook webhook = webhook(Optional.empty(), List.of(SECRET), CustomHeaders.NONE);

    String body = new String(format.render(webhook, Instant.now()).body(), UTF_8);

    assertEquals(
        "{\"GUID\":\""
            + webhook.event().id()
            + "\",\"Webhook\":\"PacketCreated\","
            + "\"WebhookSubscriptionGUID\":\""
            + webhook.subscription().id()
            + "\","
            + "\"ObjectType\":\"None\",\"ObjectGUID\":\"00000000-0000-0000-0000-000000000000\","
            + "\"Signature\":\""
            + SECRET.value()
            + "\","
            + "\"Timestamp\":\"2025-03-14T15:09:26.535897Z\",\"Data\":"
            + DATA
            + "}",
        body);
  }

  @Test
  void anEventAboutAnObjectNamesItsTypeAndGuidAsJsonStrings() {
    var object = new ObjectRef("Packet \"big\"", "0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f");
    OutgoingWebhook webhook = webhook(Optional.of(object), List.of(SECRET), CustomHeaders.NONE);

    String body = new String(format.render(webhook, Instant.now()).body(), UTF_8);

    assertTrue(body.contains("\"ObjectType\":\"Packet \\\"big\\\"\","), body);
    assertTrue(body.contains("\"ObjectGUID\":\"0b5e8f3c-5d1e-4c4f-9a53-0a1b2c3d4e5f\","), body);
  }

  @Test
  void theSha256HeaderIsTheHmacOfTheExactBodyKeyedWithTheSignatureAsShownToTheClient() {
    Request request =
        format.render(
            webhook(Optional.empty(), List.of(SECRET), CustomHeaders.NONE), Instant.now());

    assertEquals(
        hmacHex(SECRET.value(), request.body()),
        request.headers().get(GuidWireFormat.SIGNATURE_SHA256));
  }

  @Test
  void duringARotationOverlapEveryValidSignatureHasItsOwnHmacTheCurrentOneFirst() {
    SigningSecret previous = SigningSecret.generate();
    Request request =
        format.render(
            webhook(Optional.empty(), List.of(SECRET, previous), CustomHeaders.NONE),
            Instant.now());

    String[] values = request.headers().get(GuidWireFormat.SIGNATURE_SHA256).split(",");

    assertEquals(hmacHex(SECRET.value(), request.body()), values[0]);
    assertEquals(hmacHex(previous.value(), request.body()), values[1]);
    assertTrue(new String(request.body(), UTF_8).contains("\"Signature\":\"" + SECRET.value()));
  }

  @Test
  void theHeadersNameTheMessageTheSubscriptionTheSenderAndCarryTheCustomHeaderAndToken() {
    OutgoingWebhook webhook =
        webhook(Optional.empty(), List.of(SECRET), new CustomHeaders(Map.of("X-Tenant", "acme")));

    Map<String, String> headers = format.render(webhook, Instant.now()).headers();

    assertEquals("application/json", headers.get("Content-Type"));
    assertEquals("Hookline/1.2.3", headers.get("User-Agent"));
    assertEquals(webhook.event().id().toString(), headers.get(GuidWireFormat.MESSAGE_GUID));
    assertEquals(
        webhook.subscription().id().toString(), headers.get(GuidWireFormat.SUBSCRIPTION_GUID));
    assertEquals("acme", headers.get("X-Tenant"));
    assertEquals("Bearer tok-123", headers.get("Authorization"));
  }

  @Test
  void aRetryIsTheSameMessageWithTheSameSignature() {
    OutgoingWebhook first = webhook(Optional.empty(), List.of(SECRET), CustomHeaders.NONE);
    OutgoingWebhook retry =
        new OutgoingWebhook(
            first.deliveryId(), 2, first.event(), first.subscription(), first.secrets());

    Request original = format.render(first, Instant.now());
    Request again = format.render(retry, Instant.now().plusSeconds(300));

    assertEquals(new String(original.body(), UTF_8), new String(again.body(), UTF_8));
    assertEquals(original.headers(), again.headers());
  }
}
