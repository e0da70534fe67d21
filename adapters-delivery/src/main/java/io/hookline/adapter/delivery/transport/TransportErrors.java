package io.hookline.adapter.delivery.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns what went wrong in an exchange into the short, human-readable error kept in the delivery
 * log, such as {@code timed out after 15 s} or {@code unknown host example.invalid}.
 */
public final class TransportErrors {

  private final Duration connectTimeout;
  private final Duration requestTimeout;

  public TransportErrors(Duration connectTimeout, Duration requestTimeout) {
    this.connectTimeout = connectTimeout;
    this.requestTimeout = requestTimeout;
  }

  /** The error for a host name that does not resolve. */
  public static String unknownHost(String host) {
    return "unknown host " + host;
  }

  /** The error for {@code error}, raised while sending to {@code uri}. */
  public String describe(Throwable error, URI uri) {
    Throwable e = unwrap(error);
    String message = e.getMessage();
    return switch (e) {
      case TimeoutException t -> "timed out after " + human(requestTimeout);
      case HttpConnectTimeoutException t -> "connect timed out after " + human(connectTimeout);
      case HttpTimeoutException t -> "timed out after " + human(requestTimeout);
      case UnknownHostException t -> unknownHost(uri.getHost());
      case ConnectException t when t.getCause() instanceof UnresolvedAddressException ->
          unknownHost(uri.getHost());
      case ConnectException t when message == null || message.contains("refused") ->
          "connection refused";
      case ConnectException t -> "cannot connect: " + message;
      case SSLHandshakeException t -> "TLS handshake failed: " + message;
      case SSLException t -> "TLS error: " + message;
      case IOException t when message != null && message.contains("no bytes") ->
          "connection closed by the receiver before it answered";
      default -> message == null ? e.getClass().getSimpleName() : message;
    };
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  /** {@code 15 s} for whole seconds, {@code 250 ms} otherwise. */
  static String human(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
