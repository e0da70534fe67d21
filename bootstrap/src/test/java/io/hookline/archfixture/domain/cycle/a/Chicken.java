package io.hookline.archfixture.domain.cycle.a;

import io.hookline.archfixture.domain.cycle.b.Egg;

/** Planted violation: half of a package cycle. */
public final class Chicken {

  public Egg lay() {
    return new Egg();
  }
}
