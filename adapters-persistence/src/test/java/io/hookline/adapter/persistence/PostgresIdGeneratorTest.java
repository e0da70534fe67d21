package io.hookline.adapter.persistence;

import java.util.Map;

/** Runs the IdGenerator contract against the PostgreSQL named by HOOKLINE_TEST_PG_URL. */
class PostgresIdGeneratorTest extends IdGeneratorContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.postgres();
  }
}
