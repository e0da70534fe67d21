package io.hookline.archfixture.bootstrap;

import io.hookline.archfixture.application.port.in.PlaceOrderUseCase;
import io.hookline.archfixture.application.service.PlaceOrderService;
import io.micronaut.context.annotation.Factory;

/** The fixture's composition root, where a @Factory belongs. */
@Factory
public class FixtureFactory {

  public PlaceOrderUseCase placeOrder() {
    return new PlaceOrderService();
  }
}
