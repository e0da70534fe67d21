package io.hookline.application.port.out;

import io.hookline.domain.subscription.WebhookUrl;

/** Decides whether deliveries may go to a URL at all (the server-side request forgery guard). */
public interface WebhookTargetPolicy {

  /**
   * Refuses a URL whose host is, or resolves to, an address deliveries must not reach (loopback,
   * private, link-local, CGNAT, multicast, unspecified) unless the deployment allows them.
   *
   * @throws io.hookline.domain.common.InvalidInputException naming the field {@code url}
   */
  void requireAllowed(WebhookUrl url);
}
