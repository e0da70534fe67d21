package io.hookline.archfixture.adapter.rest;

import io.hookline.archfixture.adapter.persistence.Row;

/** Planted violation: one adapter depends on another. */
public final class CallsPersistence {

  public Row read() {
    return new Row();
  }
}
