package io.hookline.adapter.delivery;

import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.adapter.delivery.resilience.Admission;
import io.hookline.adapter.delivery.resilience.EndpointGuards;
import io.hookline.adapter.delivery.ssrf.GuardedTransport;
import io.hookline.adapter.delivery.ssrf.TargetGuard;
import io.hookline.adapter.delivery.transport.HttpTransport;
import io.hookline.adapter.delivery.transport.HttpTransport.Outcome;
import io.hookline.adapter.delivery.transport.JdkHttpTransport;
import io.hookline.adapter.delivery.transport.RetryAfter;
import io.hookline.application.port.out.WebhookSender;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.AttemptResult.Responded;
import io.hookline.domain.delivery.AttemptResult.TransportFailure;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The {@link WebhookSender} over HTTP: renders the subscription's wire format, passes the
 * endpoint's circuit breaker and bulkhead (refusing at once, without a request, when either says
 * no), checks the target against the private-network guard after resolving it (unless private
 * networks are allowed), POSTs the signed bytes, and reports every outcome as an {@link
 * AttemptResult}, never as an exception.
 */
public final class HttpWebhookSender implements WebhookSender, AutoCloseable {

  private final Clock clock = Clock.systemUTC();
  private final WireFormats formats;
  private final EndpointGuards guards;
  private final HttpTransport transport;

  /** A sender over the JDK's HTTP client. */
  public HttpWebhookSender(DeliverySettings settings) {
    this(settings, new JdkHttpTransport(settings.connectTimeout(), settings.requestTimeout()));
  }

  /** A sender over another transport, which the private-network guard wraps unless allowed. */
  public HttpWebhookSender(DeliverySettings settings, HttpTransport transport) {
    this.formats = new WireFormats(settings.userAgent());
    this.guards =
        new EndpointGuards(
            settings.circuitBreaker(),
            settings.maxConcurrentPerEndpoint(),
            settings.maxWaitingPerEndpoint(),
            clock);
    this.transport =
        settings.allowPrivateNetworks()
            ? transport
            : new GuardedTransport(transport, new TargetGuard(TargetGuard.SYSTEM));
  }

  @Override
  public CompletionStage<AttemptResult> send(OutgoingWebhook webhook) {
    long started = System.nanoTime();
    try {
      URI target = webhook.subscription().settings().url().toUri();
      return admitted(webhook, target, guards.admit(target));
    } catch (RuntimeException e) {
      return CompletableFuture.completedStage(unexpected(e, started));
    }
  }

  /** Sends once admitted: at once with a permit, after waiting in line, or not at all. */
  private CompletionStage<AttemptResult> admitted(
      OutgoingWebhook webhook, URI target, Admission admission) {
    return switch (admission) {
      case Admission.Refused refused -> CompletableFuture.completedStage(refused.result());
      case Admission.Granted permit -> attempt(webhook, target, permit, System.nanoTime());
      case Admission.Waiting waiting ->
          waiting.turn().thenCompose(turn -> admitted(webhook, target, turn));
    };
  }

  /** How many endpoints' circuits are open right now (for a metrics gauge). */
  public int openCircuits() {
    return guards.openCircuits();
  }

  @Override
  public void close() {
    transport.close();
  }

  private CompletionStage<AttemptResult> attempt(
      OutgoingWebhook webhook, URI target, Admission.Granted permit, long started) {
    CompletionStage<Outcome> outcome;
    try {
      WireFormat format = formats.of(webhook.subscription().settings().format());
      WireFormat.Request request = format.render(webhook, clock.instant());
      outcome = transport.post(target, request.headers(), request.body());
    } catch (RuntimeException e) {
      outcome =
          CompletableFuture.completedStage(
              new HttpTransport.Failure("cannot build the request: " + e));
    }
    return outcome
        .thenApply(o -> report(o, permit, since(started)))
        .exceptionally(
            e -> {
              AttemptResult failure = unexpected(e, started);
              permit.complete(failure, since(started));
              return failure;
            });
  }

  private AttemptResult report(Outcome outcome, Admission.Granted permit, Duration duration) {
    AttemptResult result =
        switch (outcome) {
          case HttpTransport.Reply reply ->
              new Responded(
                  reply.status(),
                  reply.body(),
                  duration,
                  RetryAfter.parse(reply.retryAfter(), clock.instant()));
          case HttpTransport.Failure failure -> new TransportFailure(failure.error(), duration);
          case HttpTransport.Refused refused -> new TransportFailure(refused.reason(), duration);
        };
    if (outcome instanceof HttpTransport.Refused) {
      permit.cancel();
    } else {
      permit.complete(result, duration);
    }
    return result;
  }

  private static TransportFailure unexpected(Throwable error, long started) {
    return new TransportFailure("unexpected error: " + error, since(started));
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
