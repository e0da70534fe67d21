package io.hookline.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the service keeps its data: {@code HOOKLINE_DB_URL} when set (PostgreSQL), otherwise the
 * embedded H2 file database under {@code HOOKLINE_DATA_DIR} (default {@code ./data}).
 */
final class DatabaseUrl {

  /** H2 settings that let the same SQL and repositories run on H2 and PostgreSQL. */
  static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private DatabaseUrl() {}

  /** The JDBC URL for the given environment. */
  static String from(Map<String, String> env) {
    String configured = env.get("HOOKLINE_DB_URL");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    Path dataDir = Path.of(env.getOrDefault("HOOKLINE_DATA_DIR", "./data"));
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("hookline") + H2_OPTIONS;
  }

  /** The datasource property the service starts with. */
  static Map<String, Object> properties(Map<String, String> env) {
    return Map.of("datasources.default.url", from(env));
  }
}
