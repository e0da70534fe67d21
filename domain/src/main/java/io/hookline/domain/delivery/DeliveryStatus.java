package io.hookline.domain.delivery;

import io.hookline.domain.common.InvalidInputException;
import java.util.Locale;

/** Where a delivery stands: waiting, being sent (leased), delivered, or given up. */
public enum DeliveryStatus {
  PENDING,
  SENDING,
  SUCCEEDED,
  FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DeliveryStatus parse(String text) {
    for (DeliveryStatus status : values()) {
      if (status.wireName().equals(text)) {
        return status;
      }
    }
    throw InvalidInputException.of("", "must be one of pending, sending, succeeded, failed");
  }
}
