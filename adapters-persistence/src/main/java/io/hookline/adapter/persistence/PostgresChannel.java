package io.hookline.adapter.persistence;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The {@value #CHANNEL} channel between instances sharing a PostgreSQL database. One daemon thread
 * on a dedicated connection LISTENs, wakes this instance when another one announces work, and sends
 * this instance's announcements as NOTIFY after the work committed (a NOTIFY inside the writing
 * transactions would serialise their commits on PostgreSQL's notification lock). A lost connection,
 * as in a database restart, is reopened with backoff, and reopening wakes this instance in case it
 * missed something meanwhile.
 */
final class PostgresChannel {

  static final String CHANNEL = "hookline_deliveries";

  private static final System.Logger LOG = System.getLogger(PostgresChannel.class.getName());
  private static final int POLL_MILLIS = 20;
  private static final long PING_NANOS = Duration.ofSeconds(10).toNanos();
  private static final long FIRST_BACKOFF_MILLIS = 100;
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  /** Opens a new connection that belongs to the channel alone. */
  @FunctionalInterface
  interface Connector {
    Connection open() throws SQLException;
  }

  private final Connector connector;
  private final Runnable wake;
  private final AtomicBoolean announcement = new AtomicBoolean();
  private final Thread thread;
  private volatile boolean running = true;
  private Connection connection;

  /** Starts listening before it returns if the database can be reached, else keeps trying. */
  PostgresChannel(Connector connector, Runnable wake) {
    this.connector = connector;
    this.wake = wake;
    try {
      connection = listen();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Cannot listen for deliveries yet, retrying: " + e.getMessage());
    }
    thread = Thread.ofPlatform().name("hookline-pg-listener").daemon(true).start(this::run);
  }

  /** Tells the other instances, within a few milliseconds, that deliveries may be due. */
  void announce() {
    announcement.set(true);
  }

  /** Stops the thread and closes its connection. */
  void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(Duration.ofSeconds(5));
  }

  private void run() {
    long backoff = FIRST_BACKOFF_MILLIS;
    long lastTraffic = System.nanoTime();
    while (running) {
      boolean announcing = false;
      try {
        if (connection == null) {
          connection = listen();
          wake.run();
        }
        backoff = FIRST_BACKOFF_MILLIS;
        announcing = announcement.getAndSet(false);
        if (announcing) {
          execute("NOTIFY " + CHANNEL);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        PGNotification[] received = postgres.getNotifications(POLL_MILLIS);
        if (received != null && received.length > 0) {
          lastTraffic = System.nanoTime();
          int own = postgres.getBackendPID();
          if (Arrays.stream(received).anyMatch(notification -> notification.getPID() != own)) {
            wake.run();
          }
        } else if (System.nanoTime() - lastTraffic > PING_NANOS) {
          execute("SELECT 1");
          lastTraffic = System.nanoTime();
        }
      } catch (SQLException e) {
        if (announcing) {
          announcement.set(true);
        }
        disconnect();
        if (running) {
          LOG.log(Level.WARNING, "Lost the delivery channel, reconnecting: " + e.getMessage());
          backoff = pause(backoff);
        }
      }
    }
    disconnect();
  }

  private Connection listen() throws SQLException {
    Connection opened = connector.open();
    try (Statement statement = opened.createStatement()) {
      statement.execute("LISTEN " + CHANNEL);
      return opened;
    } catch (SQLException e) {
      opened.close();
      throw e;
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private long pause(long backoff) {
    try {
      Thread.sleep(backoff);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
  }

  private void disconnect() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.log(Level.DEBUG, "Closing the delivery channel failed: " + e.getMessage());
      }
      connection = null;
    }
  }
}
