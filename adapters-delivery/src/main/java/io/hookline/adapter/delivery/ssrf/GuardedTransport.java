package io.hookline.adapter.delivery.ssrf;

import io.hookline.adapter.delivery.transport.HttpTransport;
import io.hookline.adapter.delivery.transport.TransportErrors;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * An {@link HttpTransport} that resolves the target's host first, on a virtual thread, and refuses
 * it without any request when the {@link TargetGuard} does; a host that does not resolve is a
 * failure. Residual risk: the JDK client resolves the host again when it opens a connection, so an
 * answer that changes between the two lookups (DNS rebinding) is not caught; the JVM's address
 * cache ({@code networkaddress.cache.ttl}, 30 s by default) normally serves both lookups the same
 * answer, so the window is an expiry of that cache entry between them.
 */
public final class GuardedTransport implements HttpTransport {

  private static final Executor RESOLVING = task -> Thread.ofVirtual().start(task);

  private final HttpTransport inner;
  private final TargetGuard guard;

  public GuardedTransport(HttpTransport inner, TargetGuard guard) {
    this.inner = inner;
    this.guard = guard;
  }

  @Override
  public CompletionStage<Outcome> post(URI uri, Map<String, String> headers, byte[] body) {
    return CompletableFuture.supplyAsync(() -> blocked(uri.getHost()), RESOLVING)
        .thenCompose(
            blocked ->
                blocked
                    .map(CompletableFuture::completedStage)
                    .orElseGet(() -> inner.post(uri, headers, body)));
  }

  /** The outcome that stops the request, or empty when it may go. */
  private Optional<Outcome> blocked(String host) {
    try {
      return guard.refusalFor(host).map(Refused::new);
    } catch (UnknownHostException e) {
      return Optional.of(new Failure(TransportErrors.unknownHost(host)));
    } catch (RuntimeException e) {
      return Optional.of(new Failure("cannot resolve " + host + ": " + e.getMessage()));
    }
  }

  @Override
  public void close() {
    inner.close();
  }
}
