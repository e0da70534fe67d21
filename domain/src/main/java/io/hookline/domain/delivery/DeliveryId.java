package io.hookline.domain.delivery;

import io.hookline.domain.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of one event's delivery to one subscription. */
public record DeliveryId(UUID value) {

  public DeliveryId {
    Objects.requireNonNull(value, "delivery id");
  }

  public static DeliveryId parse(String text) {
    return new DeliveryId(Ids.parse("deliveryId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
