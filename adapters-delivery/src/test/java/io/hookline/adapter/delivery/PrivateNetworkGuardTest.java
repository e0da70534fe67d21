package io.hookline.adapter.delivery;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.delivery.resilience.CircuitBreakerSettings;
import io.hookline.domain.common.FieldError;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.AttemptResult.TransportFailure;
import io.hookline.domain.subscription.WebhookUrl;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PrivateNetworkGuardTest {

  private static final String OFF =
      "; deliveries to private networks are off"
          + " (set HOOKLINE_ALLOW_PRIVATE_NETWORKS=true to allow them)";

  private final DeliverySettings guarded =
      new DeliverySettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          "Hookline/1.2.3",
          false,
          64,
          256,
          new CircuitBreakerSettings(4, 4, 50f, Duration.ofMinutes(1), 1));

  private static FieldError refusal(NetworkTargetPolicy policy, String url) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> policy.requireAllowed(new WebhookUrl(url)));
    assertEquals(1, e.errors().size());
    return e.errors().getFirst();
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:8080/hook, 127.0.0.1, a loopback address",
    "'http://[::1]/', ::1, a loopback address",
    "http://169.254.169.254/latest/meta-data/, 169.254.169.254, a link-local address",
    "https://10.20.30.40/hook, 10.20.30.40, a private address",
    "'http://[::ffff:192.168.1.1]/', 192.168.1.1, a private address",
    "http://100.100.100.200/, 100.100.100.200, a carrier-grade NAT address",
    "http://0.0.0.0:9000/, 0.0.0.0, an unspecified address"
  })
  void aSubscriptionToAPrivateAddressIsRefusedNamingTheAddress(
      String url, String address, String kind) {
    FieldError error = refusal(new NetworkTargetPolicy(guarded), url);

    assertEquals("url", error.field());
    assertEquals("resolves to " + address + ", " + kind + OFF, error.message());
  }

  @Test
  void aSubscriptionToLocalhostIsRefusedNamingTheAddressItResolvesTo() {
    FieldError error = refusal(new NetworkTargetPolicy(guarded), "http://localhost:8080/hook");

    assertEquals("url", error.field());
    assertTrue(
        error.message().matches("resolves to (127\\.0\\.0\\.1|::1), a loopback address; .*"),
        error.message());
  }

  @Test
  void aPublicNameThatResolvesToAPrivateAddressIsRefused() {
    NetworkTargetPolicy policy =
        new NetworkTargetPolicy(
            guarded,
            host ->
                new InetAddress[] {
                  InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")
                });

    assertEquals(
        "resolves to 10.0.0.7, a private address" + OFF,
        refusal(policy, "https://hooks.example.com/in").message());
  }

  @Test
  void aHostThatDoesNotResolveYetIsAccepted() {
    NetworkTargetPolicy policy =
        new NetworkTargetPolicy(
            guarded,
            host -> {
              throw new UnknownHostException(host);
            });

    assertDoesNotThrow(() -> policy.requireAllowed(new WebhookUrl("https://not-yet.example.com/")));
  }

  @Test
  void aPublicAddressIsAccepted() {
    assertDoesNotThrow(
        () ->
            new NetworkTargetPolicy(guarded)
                .requireAllowed(new WebhookUrl("http://93.184.215.14/")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook",
        "http://localhost/",
        "http://169.254.169.254/",
        "http://[::1]/"
      })
  void privateAddressesAreAcceptedWhenPrivateNetworksAreAllowed(String url) {
    NetworkTargetPolicy policy = new NetworkTargetPolicy(Webhooks.loopback());

    assertDoesNotThrow(() -> policy.requireAllowed(new WebhookUrl(url)));
  }

  @Test
  void theSenderRefusesALoopbackTargetAtSendTimeWithoutContactingIt() throws IOException {
    try (Receiver receiver = new Receiver();
        HttpWebhookSender sender = new HttpWebhookSender(guarded)) {
      for (int i = 0; i < 2 * guarded.circuitBreaker().windowSize(); i++) {
        AttemptResult result =
            sender.send(Webhooks.to(receiver.url("/hook"))).toCompletableFuture().join();

        assertEquals(
            "resolves to 127.0.0.1, a loopback address" + OFF,
            ((TransportFailure) result).error(),
            "refusals are never held against the endpoint's circuit");
      }
      assertEquals(0, receiver.requests().size());
      assertEquals(0, sender.openCircuits());
    }
  }
}
