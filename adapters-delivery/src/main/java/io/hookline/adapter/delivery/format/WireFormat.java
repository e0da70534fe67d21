package io.hookline.adapter.delivery.format;

import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.subscription.SubscriptionSettings;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A delivery wire format: turns one outgoing webhook into the exact body bytes and headers that go
 * on the wire (envelope, signature scheme, format-specific headers).
 */
public interface WireFormat {

  /** Renders the request for {@code webhook} as sent at {@code sentAt}. */
  Request render(OutgoingWebhook webhook, Instant sentAt);

  /**
   * Adds what every format sends on the subscriber's behalf: its custom headers and, when it has a
   * token, {@code Authorization: Bearer <token>}. A custom header never replaces one the format has
   * already set (names compared ignoring case), so a format's own headers always win.
   */
  static void addSubscriberHeaders(Map<String, String> headers, SubscriptionSettings settings) {
    Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    taken.addAll(headers.keySet());
    settings
        .headers()
        .values()
        .forEach(
            (name, value) -> {
              if (taken.add(name)) {
                headers.put(name, value);
              }
            });
    settings
        .authorizationToken()
        .ifPresent(token -> headers.put("Authorization", "Bearer " + token.value()));
  }

  /**
   * The body exactly as it was signed, and the headers in sending order. Neither is copied: both
   * are built once per attempt by the format and handed straight to the transport.
   */
  record Request(byte[] body, Map<String, String> headers) {
    public Request {
      Objects.requireNonNull(body, "body");
      headers = Collections.unmodifiableMap(headers);
    }
  }
}
