package io.hookline.adapter.persistence;

import java.util.Map;

/** Runs the EventTypeRepository contract against the PostgreSQL named by HOOKLINE_TEST_PG_URL. */
class PostgresEventTypeRepositoryTest extends EventTypeRepositoryContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.postgres();
  }
}
