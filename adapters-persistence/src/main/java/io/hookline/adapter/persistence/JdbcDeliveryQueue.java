package io.hookline.adapter.persistence;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.Completion;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.DeliveryStatus;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The delivery queue on {@code deliveries}: {@link Claims} lease due rows under a fresh token per
 * claim, skipping rows other claimers hold, in this process or another (on the embedded H2, whose
 * only process is this one, claims also take turns); outcomes and releases change a delivery only
 * while its token still matches, and every attempt is logged regardless.
 */
@Singleton
public final class JdbcDeliveryQueue implements DeliveryQueue {

  private static final String COMPLETE =
      "UPDATE deliveries SET status = ?, attempts = ?, next_attempt_at = ?, due_at = ?,"
          + " lease_token = NULL, last_status_code = ?, last_error = ?,"
          + " updated_at = CURRENT_TIMESTAMP WHERE id = ? AND lease_token = ?";

  /** Due again at the time it was due before the claim, so it keeps its place in the queue. */
  private static final String RELEASE =
      "UPDATE deliveries SET status = 'pending', due_at = next_attempt_at, lease_token = NULL,"
          + " updated_at = CURRENT_TIMESTAMP WHERE id = ? AND lease_token = ?";

  /** Pending deliveries, up to a time no delivery is due at: see {@link #END_OF_TIME}. */
  private static final String DEPTH =
      "SELECT COUNT(CASE WHEN due_at <= ? THEN 1 END), COUNT(*) FROM deliveries WHERE due_at < ?";

  /** Ends the depth's range scan, which H2 would otherwise walk past finished (NULL) rows. */
  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

  private final Jdbc jdbc;
  private final Wakeups wakeups;
  private final boolean postgres;
  private final ReentrantLock embeddedClaims = new ReentrantLock();

  JdbcDeliveryQueue(Jdbc jdbc, Wakeups wakeups, ConnectedDatabase database) {
    this.jdbc = jdbc;
    this.wakeups = wakeups;
    this.postgres = database.isPostgres();
  }

  @Override
  public List<ClaimedDelivery> claim(int max, Instant now, Duration lease) {
    if (max <= 0) {
      return List.of();
    }
    UUID token = UUID.randomUUID();
    if (postgres) {
      return jdbc.inTransaction(c -> Claims.claim(c, true, max, now, lease, token));
    }
    embeddedClaims.lock();
    try {
      return jdbc.inTransaction(c -> Claims.claim(c, false, max, now, lease, token));
    } finally {
      embeddedClaims.unlock();
    }
  }

  @Override
  public void complete(List<Completion> completions) {
    if (completions.isEmpty()) {
      return;
    }
    List<Completion> inLockOrder =
        completions.stream().sorted(Comparator.comparing(c -> c.claimed().id().value())).toList();
    List<Attempt> attempts = inLockOrder.stream().flatMap(c -> c.attempt().stream()).toList();
    jdbc.inTransaction(
        connection -> {
          Batches.execute(connection, COMPLETE, inLockOrder, JdbcDeliveryQueue::bindCompletion);
          Batches.execute(connection, AttemptMapper.INSERT, attempts, AttemptMapper::bindInsert);
          return null;
        });
  }

  @Override
  public void release(List<ClaimedDelivery> deliveries) {
    if (deliveries.isEmpty()) {
      return;
    }
    List<ClaimedDelivery> inLockOrder =
        deliveries.stream().sorted(Comparator.comparing(c -> c.id().value())).toList();
    jdbc.inTransaction(
        connection -> {
          Batches.execute(
              connection,
              RELEASE,
              inLockOrder,
              (update, claimed) -> {
                update.setObject(1, claimed.id().value());
                update.setObject(2, claimed.leaseToken());
              });
          return null;
        });
    wakeups.workAdded();
  }

  @Override
  public void awaitWork(Duration timeout) throws InterruptedException {
    wakeups.await(timeout);
  }

  @Override
  public Depth depth(Instant now) {
    return jdbc.read(
        connection -> {
          try (PreparedStatement count = connection.prepareStatement(DEPTH)) {
            count.setObject(1, Timestamps.toColumn(now));
            count.setObject(2, Timestamps.toColumn(END_OF_TIME));
            try (ResultSet counted = count.executeQuery()) {
              counted.next();
              long due = counted.getLong(1);
              return new Depth(due, counted.getLong(2) - due);
            }
          }
        });
  }

  private static void bindCompletion(PreparedStatement update, Completion completion)
      throws SQLException {
    boolean pending = completion.status() == DeliveryStatus.PENDING;
    update.setString(1, completion.status().wireName());
    update.setInt(2, completion.attempts());
    update.setObject(3, Timestamps.toColumn(completion.nextAttemptAt()));
    update.setObject(
        4,
        pending ? Timestamps.toColumn(completion.nextAttemptAt()) : null,
        Types.TIMESTAMP_WITH_TIMEZONE);
    update.setObject(5, completion.lastStatusCode().orElse(null), Types.INTEGER);
    update.setString(6, StoredText.of(completion.lastError().orElse(null)));
    update.setObject(7, completion.claimed().id().value());
    update.setObject(8, completion.claimed().leaseToken());
  }
}
