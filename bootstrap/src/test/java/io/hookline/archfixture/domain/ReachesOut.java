package io.hookline.archfixture.domain;

import io.hookline.archfixture.adapter.persistence.Row;

/** Planted violation: the domain depends on an adapter. */
public final class ReachesOut {

  public Row row() {
    return new Row();
  }
}
