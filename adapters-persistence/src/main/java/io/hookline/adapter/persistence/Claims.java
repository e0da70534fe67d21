package io.hookline.adapter.persistence;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One claim, in its caller's transaction: choose the oldest due deliveries, then lease them by one
 * update. On PostgreSQL the choice locks them with {@code FOR UPDATE SKIP LOCKED}, so instances
 * sharing the database never choose the same rows; H2 is embedded in a single process whose queue
 * claims one at a time, so a plain index-ordered read is enough there.
 */
final class Claims {

  /**
   * PostgreSQL walks {@code deliveries_due} up to {@code now} and stops once it has locked {@code
   * max} rows, passing over rows other claimers hold.
   */
  private static final String SELECT_DUE_POSTGRES =
      "SELECT id, team_id, event_id, subscription_id, attempts FROM deliveries"
          + " WHERE due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED";

  /**
   * H2 2.x never reads a secondary index in order for FOR UPDATE (it would lock and sort every due
   * delivery), and an {@code id IN (subquery)} form scans the whole table; without locks it walks
   * {@code deliveries_due} and stops after {@code max} rows. Nothing else can claim meanwhile: the
   * database belongs to this process and its queue claims one at a time.
   */
  private static final String SELECT_DUE_H2 =
      "SELECT id, team_id, event_id, subscription_id, attempts FROM deliveries"
          + " WHERE due_at <= ? ORDER BY due_at LIMIT ?";

  /** Leased until the expiry, which is also when the delivery is due again if never completed. */
  private static final String LEASE =
      "UPDATE deliveries SET status = 'sending', lease_token = ?, due_at = ?, updated_at = ?"
          + " WHERE id = ANY (?)";

  private Claims() {}

  static List<ClaimedDelivery> claim(
      Connection connection, boolean postgres, int max, Instant now, Duration lease, UUID token)
      throws SQLException {
    List<ClaimedDelivery> claimed = new ArrayList<>(max);
    try (PreparedStatement select =
        connection.prepareStatement(postgres ? SELECT_DUE_POSTGRES : SELECT_DUE_H2)) {
      select.setObject(1, Timestamps.toColumn(now));
      select.setInt(2, max);
      try (ResultSet due = select.executeQuery()) {
        while (due.next()) {
          claimed.add(
              new ClaimedDelivery(
                  new DeliveryId(due.getObject(1, UUID.class)),
                  new TeamId(due.getObject(2, UUID.class)),
                  new EventId(due.getObject(3, UUID.class)),
                  new SubscriptionId(due.getObject(4, UUID.class)),
                  due.getInt(5),
                  token));
        }
      }
    }
    if (claimed.isEmpty()) {
      return claimed;
    }
    Object[] ids = claimed.stream().map(c -> c.id().value()).toArray();
    try (PreparedStatement update = connection.prepareStatement(LEASE)) {
      update.setObject(1, token);
      update.setObject(2, Timestamps.toColumn(now.plus(lease)));
      update.setObject(3, Timestamps.toColumn(now));
      update.setArray(4, connection.createArrayOf("uuid", ids));
      update.executeUpdate();
    }
    return claimed;
  }
}
