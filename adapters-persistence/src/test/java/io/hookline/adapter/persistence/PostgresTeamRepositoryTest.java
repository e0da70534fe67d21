package io.hookline.adapter.persistence;

import java.util.Map;

/** Runs the TeamRepository contract against the PostgreSQL named by HOOKLINE_TEST_PG_URL. */
class PostgresTeamRepositoryTest extends TeamRepositoryContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.postgres();
  }
}
