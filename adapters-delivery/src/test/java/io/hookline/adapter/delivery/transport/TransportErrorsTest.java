package io.hookline.adapter.delivery.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class TransportErrorsTest {

  private static final URI TARGET = URI.create("https://hooks.example.com/in");

  private final TransportErrors errors =
      new TransportErrors(Duration.ofSeconds(5), Duration.ofSeconds(15));

  private String describe(Throwable error) {
    return errors.describe(new CompletionException(error), TARGET);
  }

  @Test
  void theDeadlineAndTheConnectTimeoutAreNamedWithTheirLength() {
    assertEquals("timed out after 15 s", describe(new TimeoutException()));
    assertEquals(
        "connect timed out after 5 s",
        describe(new HttpConnectTimeoutException("HTTP connect timed out")));
    assertEquals(
        "timed out after 250 ms",
        new TransportErrors(Duration.ofSeconds(1), Duration.ofMillis(250))
            .describe(new TimeoutException(), TARGET));
  }

  @Test
  void anUnresolvableHostIsNamed() {
    assertEquals(
        "unknown host hooks.example.com",
        describe(new ConnectException().initCause(new UnresolvedAddressException())));
  }

  @Test
  void aConnectionWithoutAListenerIsRefused() {
    assertEquals("connection refused", describe(new ConnectException()));
    assertEquals("connection refused", describe(new ConnectException("Connection refused")));
    assertEquals(
        "cannot connect: No route to host", describe(new ConnectException("No route to host")));
  }

  @Test
  void tlsAndOtherIoProblemsKeepTheirMessage() {
    assertEquals(
        "TLS handshake failed: PKIX path building failed",
        describe(new SSLHandshakeException("PKIX path building failed")));
    assertEquals(
        "connection closed by the receiver before it answered",
        describe(new IOException("HTTP/1.1 header parser received no bytes")));
    assertEquals("Connection reset", describe(new IOException("Connection reset")));
  }
}
