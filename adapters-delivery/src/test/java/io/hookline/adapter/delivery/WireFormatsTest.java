package io.hookline.adapter.delivery;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.hookline.adapter.delivery.format.StandardWebhooksFormat;
import io.hookline.domain.subscription.DeliveryFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WireFormatsTest {

  private final WireFormats formats = new WireFormats("Hookline/1.2.3");

  @ParameterizedTest
  @EnumSource(DeliveryFormat.class)
  void everyDeliveryFormatHasAWireFormat(DeliveryFormat format) {
    assertNotNull(formats.of(format));
  }

  @Test
  void theStandardFormatIsStandardWebhooks() {
    assertInstanceOf(StandardWebhooksFormat.class, formats.of(DeliveryFormat.STANDARD));
  }
}
