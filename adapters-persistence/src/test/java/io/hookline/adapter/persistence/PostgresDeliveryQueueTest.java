package io.hookline.adapter.persistence;

import java.util.Map;

/** Runs the DeliveryQueue contract against the PostgreSQL named by HOOKLINE_TEST_PG_URL. */
class PostgresDeliveryQueueTest extends DeliveryQueueContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.postgres();
  }
}
