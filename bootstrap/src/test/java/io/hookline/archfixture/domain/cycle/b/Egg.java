package io.hookline.archfixture.domain.cycle.b;

import io.hookline.archfixture.domain.cycle.a.Chicken;

/** Planted violation: the other half of a package cycle. */
public final class Egg {

  public Chicken hatch() {
    return new Chicken();
  }
}
