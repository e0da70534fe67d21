package io.hookline.adapter.persistence;

import java.util.Map;

/** Runs the EventRepository contract against a fresh in-memory H2 in PostgreSQL mode. */
class H2EventRepositoryTest extends EventRepositoryContract {

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.h2InMemory();
  }
}
