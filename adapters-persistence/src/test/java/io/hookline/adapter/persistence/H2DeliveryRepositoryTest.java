package io.hookline.adapter.persistence;

import java.util.Map;

/** Runs the DeliveryRepository contract against a fresh in-memory H2 in PostgreSQL mode. */
class H2DeliveryRepositoryTest extends DeliveryRepositoryContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.h2InMemory();
  }
}
