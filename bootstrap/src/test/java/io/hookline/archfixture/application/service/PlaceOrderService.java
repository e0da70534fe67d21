package io.hookline.archfixture.application.service;

import io.hookline.archfixture.application.port.in.PlaceOrderUseCase;
import io.hookline.archfixture.domain.GoodValue;

/** A well-behaved service of the architecture fixture. */
public final class PlaceOrderService implements PlaceOrderUseCase {

  @Override
  public GoodValue place(GoodValue order) {
    return order;
  }
}
