package io.hookline.adapter.delivery.format;

import io.hookline.domain.subscription.DeliveryFormat;
import java.util.EnumMap;
import java.util.Map;

/** The registry of wire formats: maps each subscription {@link DeliveryFormat} to its strategy. */
public final class WireFormats {

  private final Map<DeliveryFormat, WireFormat> formats = new EnumMap<>(DeliveryFormat.class);

  /** The formats, with {@code userAgent} as the {@code User-Agent} of every request. */
  public WireFormats(String userAgent) {
    WireFormat standard = new StandardWebhooksFormat(userAgent);
    for (DeliveryFormat format : DeliveryFormat.values()) {
      formats.put(
          format,
          switch (format) {
            case STANDARD -> standard;
            // The seed formats use the standard one until issue 4 adds a strategy for each.
            case CHALLENGEME -> standard;

            case GUID -> new io.hookline.adapter.delivery.format.guid.GuidWireFormat(userAgent);

            case CODEWARS -> standard;

            case SCREVER -> standard;

            case SHAREACTOR -> standard;
          });
    }
  }

  /** The strategy that renders deliveries in {@code format}. */
  public WireFormat of(DeliveryFormat format) {
    return formats.get(format);
  }
}
