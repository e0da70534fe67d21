package io.hookline.adapter.delivery.format;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.hookline.domain.subscription.DeliveryFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WireFormatsTest {

  private final WireFormats formats = new WireFormats("Hookline/1.2.3");

  @ParameterizedTest
  @EnumSource(DeliveryFormat.class)
  void everyDeliveryFormatHasAWireFormatAndForNowItIsTheStandardOne(DeliveryFormat format) {
    assertInstanceOf(StandardWebhooksFormat.class, formats.of(format));
  }
}
