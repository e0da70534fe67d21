package io.hookline.adapter.delivery;

import io.hookline.adapter.delivery.ssrf.TargetGuard;
import io.hookline.application.port.out.WebhookTargetPolicy;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.subscription.WebhookUrl;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The {@link WebhookTargetPolicy} of the server-side request forgery guard, applied when a
 * subscription is saved: refuses URLs whose host is, or resolves to, a non-public address unless
 * private networks are allowed. A host that does not resolve is accepted, since it may not be in
 * DNS yet; the sender checks again at send time.
 */
public final class NetworkTargetPolicy implements WebhookTargetPolicy {

  private final boolean allowPrivateNetworks;
  private final TargetGuard guard;

  public NetworkTargetPolicy(DeliverySettings settings) {
    this(settings, TargetGuard.SYSTEM);
  }

  NetworkTargetPolicy(DeliverySettings settings, TargetGuard.Resolver resolver) {
    this.allowPrivateNetworks = settings.allowPrivateNetworks();
    this.guard = new TargetGuard(resolver);
  }

  @Override
  public void requireAllowed(WebhookUrl url) {
    if (allowPrivateNetworks) {
      return;
    }
    Optional<String> refusal;
    try {
      refusal = guard.refusalFor(url.host());
    } catch (UnknownHostException notInDnsYet) {
      return;
    }
    if (refusal.isPresent()) {
      throw InvalidInputException.of("url", refusal.get());
    }
  }
}
