package io.hookline.adapter.persistence;

import java.util.Map;

/**
 * Runs the SubscriptionRepository contract against the PostgreSQL named by HOOKLINE_TEST_PG_URL.
 */
class PostgresSubscriptionRepositoryTest extends SubscriptionRepositoryContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.postgres();
  }
}
