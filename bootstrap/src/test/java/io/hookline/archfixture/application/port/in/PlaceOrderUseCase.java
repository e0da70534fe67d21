package io.hookline.archfixture.application.port.in;

import io.hookline.archfixture.domain.GoodValue;

/** A well-named incoming port of the architecture fixture. */
public interface PlaceOrderUseCase {

  GoodValue place(GoodValue order);
}
