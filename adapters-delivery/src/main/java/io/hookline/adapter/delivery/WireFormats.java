package io.hookline.adapter.delivery;

import io.hookline.adapter.delivery.format.StandardWebhooksFormat;
import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.adapter.delivery.format.challengeme.ChallengeMeFormat;
import io.hookline.adapter.delivery.format.codewars.CodewarsFormat;
import io.hookline.adapter.delivery.format.guid.GuidWireFormat;
import io.hookline.adapter.delivery.format.screver.ScreverFormat;
import io.hookline.adapter.delivery.format.shareactor.ShareActorFormat;
import io.hookline.domain.subscription.DeliveryFormat;
import java.util.EnumMap;
import java.util.Map;

/** The registry of wire formats: maps each subscription {@link DeliveryFormat} to its strategy. */
public final class WireFormats {

  private final Map<DeliveryFormat, WireFormat> formats = new EnumMap<>(DeliveryFormat.class);

  /**
   * The formats; {@code userAgent} is the {@code User-Agent} of those that do not fix their own.
   */
  public WireFormats(String userAgent) {
    WireFormat standard = new StandardWebhooksFormat(userAgent);
    for (DeliveryFormat format : DeliveryFormat.values()) {
      formats.put(
          format,
          switch (format) {
            case STANDARD -> standard;
            case CHALLENGEME -> new ChallengeMeFormat(userAgent);
            case GUID -> new GuidWireFormat(userAgent);
            case CODEWARS -> new CodewarsFormat();
            case SCREVER -> new ScreverFormat(userAgent);
            case SHAREACTOR -> new ShareActorFormat(userAgent);
          });
    }
  }

  /** The strategy that renders deliveries in {@code format}. */
  public WireFormat of(DeliveryFormat format) {
    return formats.get(format);
  }
}
