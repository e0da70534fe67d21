package io.hookline.adapter.delivery.transport;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The seam between the sender and an HTTP client: one POST, and what came of it. Kept this small so
 * a faster client can replace the JDK's without touching formats, resilience or the guard.
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * POSTs {@code body} with {@code headers} to {@code uri} without following redirects, within the
   * transport's whole-request timeout. Never completes exceptionally and never throws: every
   * problem is an {@link Outcome}. A reply keeps at most {@code Attempt.MAX_BODY_BYTES} of the
   * response body, and reads no more of it than that.
   */
  CompletionStage<Outcome> post(URI uri, Map<String, String> headers, byte[] body);

  /** Releases the connections; requests still in flight fail. */
  @Override
  void close();

  /** What came of one POST. */
  sealed interface Outcome {}

  /** The receiver answered; {@code body} is the start of its response body as UTF-8 text. */
  record Reply(int status, Optional<String> retryAfter, String body) implements Outcome {}

  /** No answer: a short, human-readable reason such as {@code connection refused}. */
  record Failure(String error) implements Outcome {}

  /** Not sent because the target may not be reached; says nothing about the endpoint's health. */
  record Refused(String reason) implements Outcome {}
}
