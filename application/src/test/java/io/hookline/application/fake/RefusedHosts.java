package io.hookline.application.fake;

import io.hookline.application.port.out.WebhookTargetPolicy;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.subscription.WebhookUrl;
import java.util.Set;

/** A target policy fake that refuses the listed host names and allows every other. */
public final class RefusedHosts implements WebhookTargetPolicy {

  private final Set<String> refused;

  public RefusedHosts(String... refused) {
    this.refused = Set.of(refused);
  }

  @Override
  public void requireAllowed(WebhookUrl url) {
    if (refused.contains(url.host())) {
      throw InvalidInputException.of("url", "resolves to a private address");
    }
  }
}
