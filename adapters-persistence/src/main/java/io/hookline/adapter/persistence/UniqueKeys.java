package io.hookline.adapter.persistence;

import io.hookline.domain.common.ConflictException;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Turns the duplicate-key violation that PostgreSQL and H2 both report as SQL state {@code 23505}
 * into the domain's {@link ConflictException}.
 */
final class UniqueKeys {

  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueKeys() {}

  /** Runs the insert; a duplicate key becomes the given conflict, other failures pass through. */
  static void insert(Runnable insert, Supplier<ConflictException> conflict) {
    try {
      insert.run();
    } catch (DataAccessException e) {
      if (isUniqueViolation(e)) {
        throw conflict.get();
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
