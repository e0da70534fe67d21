package io.hookline.adapter.persistence;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs plain JDBC work in one transaction of Micronaut's transaction manager, so that it shares the
 * connection with any Micronaut Data repository called meanwhile, and reports SQL failures as
 * Micronaut Data's {@link DataAccessException} like the repositories do.
 */
@Singleton
final class Jdbc {

  /** JDBC work on the transaction's connection. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  private final TransactionOperations<Connection> transactions;
  private final JdbcOperations operations;

  Jdbc(TransactionOperations<Connection> transactions, JdbcOperations operations) {
    this.transactions = transactions;
    this.operations = operations;
  }

  /** Runs the work in a transaction that commits when it returns and rolls back if it throws. */
  <T> T inTransaction(Work<T> work) {
    return transactions.executeWrite(status -> run(work, status.getConnection()));
  }

  /** Runs the work in a read-only transaction. */
  <T> T read(Work<T> work) {
    return transactions.executeRead(status -> run(work, status.getConnection()));
  }

  /** The remaining rows of the result as the {@code @MappedEntity} type. */
  <R> List<R> rows(ResultSet result, Class<R> rowType) {
    return operations.entityStream(result, rowType).toList();
  }

  private static <T> T run(Work<T> work, Connection connection) {
    try {
      return work.on(connection);
    } catch (SQLException e) {
      throw new DataAccessException("SQL failed: " + e.getMessage(), e);
    }
  }
}
