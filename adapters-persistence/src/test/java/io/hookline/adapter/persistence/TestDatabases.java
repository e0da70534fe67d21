package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The settings of the databases the suites run against: a fresh in-memory H2 per suite, an H2 file,
 * and the PostgreSQL database named by {@code HOOKLINE_TEST_PG_URL} when there is one.
 */
final class TestDatabases {

  static final String PG_URL = "HOOKLINE_TEST_PG_URL";
  static final String PG_REQUIRED = "HOOKLINE_TEST_PG_REQUIRED";

  private static final String H2_MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private TestDatabases() {}

  static Map<String, Object> h2InMemory() {
    return settings(
        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + H2_MODE, "org.h2.Driver");
  }

  /** The embedded file database the service uses, kept under {@code dataDir}. */
  static Map<String, Object> h2File(Path dataDir) {
    return settings("jdbc:h2:file:" + dataDir.resolve("hookline") + H2_MODE, "org.h2.Driver");
  }

  /**
   * PostgreSQL, or a skipped suite when no URL is set; with {@code HOOKLINE_TEST_PG_REQUIRED=true}
   * a missing URL fails instead, so CI can never skip the suite silently.
   */
  static Map<String, Object> postgres() {
    String url = System.getenv(PG_URL);
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv(PG_REQUIRED))) {
        fail(PG_REQUIRED + "=true but " + PG_URL + " is not set: the PostgreSQL suite must run");
      }
      Assumptions.abort(PG_URL + " not set: PostgreSQL suite skipped");
    }
    return settings(url, "org.postgresql.Driver");
  }

  private static Map<String, Object> settings(String url, String driver) {
    return Map.of(
        "datasources.default.url",
        url,
        "datasources.default.driver-class-name",
        driver,
        "datasources.default.dialect",
        "POSTGRES",
        "flyway.datasources.default.enabled",
        true);
  }
}
