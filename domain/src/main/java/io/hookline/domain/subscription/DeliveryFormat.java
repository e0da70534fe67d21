package io.hookline.domain.subscription;

import io.hookline.domain.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The wire format a subscription's receiver expects: envelope, headers and signature scheme. */
public enum DeliveryFormat {
  STANDARD,
  CHALLENGEME,
  GUID,
  CODEWARS,
  SCREVER,
  SHAREACTOR;

  /**
   * Whether receivers in this format expect to be told when their subscription is created or
   * updated (the Codewars Hookbot sends a {@code webhook}/{@code updated} ping then).
   */
  public boolean announcesChanges() {
    return this == CODEWARS;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DeliveryFormat parse(String text) {
    for (DeliveryFormat format : values()) {
      if (format.wireName().equals(text)) {
        return format;
      }
    }
    throw InvalidInputException.of(
        "",
        "must be one of "
            + Arrays.stream(values())
                .map(DeliveryFormat::wireName)
                .collect(Collectors.joining(", ")));
  }
}
