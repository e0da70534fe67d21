package io.hookline.adapter.persistence;

import java.util.Map;

/** Runs the DeliveryQueue contract against a fresh in-memory H2 in PostgreSQL mode. */
class H2DeliveryQueueTest extends DeliveryQueueContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.h2InMemory();
  }
}
