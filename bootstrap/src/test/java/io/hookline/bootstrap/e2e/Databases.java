package io.hookline.bootstrap.e2e;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** The databases end-to-end tests run on: an H2 file always, PostgreSQL when CI provides one. */
final class Databases {

  private Databases() {}

  static String h2File(Path dir) {
    return "jdbc:h2:file:"
        + dir.resolve("hookline")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /**
   * The PostgreSQL URL from {@code HOOKLINE_TEST_PG_URL}; without it the test is skipped, unless
   * {@code HOOKLINE_TEST_PG_REQUIRED=true}, when it fails.
   */
  static String postgres() {
    Optional<String> url =
        Optional.ofNullable(System.getenv("HOOKLINE_TEST_PG_URL")).filter(u -> !u.isBlank());
    if (url.isEmpty() && "true".equals(System.getenv("HOOKLINE_TEST_PG_REQUIRED"))) {
      throw new IllegalStateException(
          "HOOKLINE_TEST_PG_REQUIRED=true but HOOKLINE_TEST_PG_URL is not set");
    }
    Assumptions.assumeTrue(
        url.isPresent(), "HOOKLINE_TEST_PG_URL not set: PostgreSQL suite skipped");
    return url.orElseThrow();
  }
}
