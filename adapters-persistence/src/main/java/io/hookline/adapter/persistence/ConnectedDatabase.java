package io.hookline.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The database behind the connection pool, for the few places where PostgreSQL and the embedded H2
 * must be treated differently, and a way to open a connection to it that the pool does not manage.
 */
@Singleton
final class ConnectedDatabase {

  private final HikariConfig pool;

  ConnectedDatabase(DataSource dataSource) throws SQLException {
    this.pool = dataSource.unwrap(HikariDataSource.class);
  }

  boolean isPostgres() {
    return pool.getJdbcUrl().startsWith("jdbc:postgresql:");
  }

  /** A new connection with the pool's settings, named for {@code pg_stat_activity}. */
  Connection openDedicated(String applicationName) throws SQLException {
    Properties properties = new Properties();
    properties.putAll(pool.getDataSourceProperties());
    if (pool.getUsername() != null) {
      properties.setProperty("user", pool.getUsername());
    }
    if (pool.getPassword() != null) {
      properties.setProperty("password", pool.getPassword());
    }
    properties.setProperty("ApplicationName", applicationName);
    properties.setProperty("tcpKeepAlive", "true");
    return DriverManager.getConnection(pool.getJdbcUrl(), properties);
  }
}
