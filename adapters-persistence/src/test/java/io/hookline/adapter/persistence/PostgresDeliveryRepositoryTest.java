package io.hookline.adapter.persistence;

import java.util.Map;

/** Runs the DeliveryRepository contract against the PostgreSQL named by HOOKLINE_TEST_PG_URL. */
class PostgresDeliveryRepositoryTest extends DeliveryRepositoryContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.postgres();
  }
}
