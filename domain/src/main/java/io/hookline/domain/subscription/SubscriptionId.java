package io.hookline.domain.subscription;

import io.hookline.domain.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a subscription. */
public record SubscriptionId(UUID value) {

  public SubscriptionId {
    Objects.requireNonNull(value, "subscription id");
  }

  public static SubscriptionId parse(String text) {
    return new SubscriptionId(Ids.parse("subscriptionId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
