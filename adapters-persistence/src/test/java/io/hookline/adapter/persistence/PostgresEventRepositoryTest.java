package io.hookline.adapter.persistence;

import java.util.Map;

/** Runs the EventRepository contract against the PostgreSQL named by HOOKLINE_TEST_PG_URL. */
class PostgresEventRepositoryTest extends EventRepositoryContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.postgres();
  }
}
