package io.hookline.archfixture.adapter.rest;

import io.hookline.archfixture.application.service.PlaceOrderService;
import io.hookline.archfixture.domain.GoodValue;

/** Planted violation: an adapter calls a service instead of its port. */
public final class CallsService {

  public GoodValue place() {
    return new PlaceOrderService().place(new GoodValue("x"));
  }
}
