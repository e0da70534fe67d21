package io.hookline.adapter.delivery.transport;

import io.hookline.domain.delivery.Attempt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * {@link HttpTransport} over the JDK's {@link HttpClient}: HTTP/1.1 with pooled keep-alive
 * connections, redirects never followed, a connect timeout, and one deadline for the whole exchange
 * including reading the (truncated) response body; an exchange past its deadline is cancelled,
 * which closes its connection.
 */
public final class JdkHttpTransport implements HttpTransport {

  private final HttpClient client;
  private final long requestTimeoutNanos;
  private final TransportErrors errors;

  public JdkHttpTransport(Duration connectTimeout, Duration requestTimeout) {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .build();
    this.requestTimeoutNanos = requestTimeout.toNanos();
    this.errors = new TransportErrors(connectTimeout, requestTimeout);
  }

  @Override
  public CompletionStage<Outcome> post(URI uri, Map<String, String> headers, byte[] body) {
    CompletableFuture<HttpResponse<String>> exchange;
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri).POST(BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      exchange =
          client.sendAsync(
              request.build(), info -> new TruncatingBodySubscriber(Attempt.MAX_BODY_BYTES));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new Failure(errors.describe(e, uri)));
    }
    // The deadline runs on a copy, so cancelling the original still aborts the exchange.
    return exchange
        .copy()
        .orTimeout(requestTimeoutNanos, TimeUnit.NANOSECONDS)
        .<Outcome>handle(
            (response, error) -> {
              if (error == null) {
                return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Retry-After"),
                    response.body());
              }
              exchange.cancel(true);
              return new Failure(errors.describe(error, uri));
            });
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
