package io.hookline.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanLocator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * Base of the contract suites: one Micronaut context per test class on the database a subclass
 * names, migrated by Flyway when it starts; a database that is not available skips every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseSuite {

  private ApplicationContext context;
  private String skipReason;

  /** The datasource settings of the database this suite runs against. */
  protected abstract Map<String, Object> database();

  @BeforeAll
  void startContext() {
    try {
      context = ApplicationContext.run(database());
    } catch (TestAbortedException unavailable) {
      skipReason = unavailable.getMessage();
    }
  }

  /** Skips each test on its own, so that reports count and explain every skipped test. */
  @BeforeEach
  void skipWithoutDatabase() {
    Assumptions.assumeTrue(skipReason == null, skipReason);
  }

  @AfterAll
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  protected <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** The running context, as the beans of one instance of the service. */
  protected BeanLocator beans() {
    return context;
  }
}
