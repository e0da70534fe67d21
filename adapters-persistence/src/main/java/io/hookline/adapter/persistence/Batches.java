package io.hookline.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Runs one prepared statement for every item of a collection as JDBC batches, so that thousands of
 * rows cost a few round trips instead of one each.
 */
final class Batches {

  /** How many rows one batch sends at most, which bounds the memory a batch holds. */
  static final int MAX_SIZE = 1000;

  /** Binds one item to the statement's parameters. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  private Batches() {}

  static <T> void execute(Connection connection, String sql, Collection<T> items, Binder<T> binder)
      throws SQLException {
    if (items.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int pending = 0;
      for (T item : items) {
        binder.bind(statement, item);
        statement.addBatch();
        if (++pending == MAX_SIZE) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }
}
