package io.hookline.adapter.persistence;

import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.DeliveryId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * Writes attempts into {@code attempts} and reads them back; response bodies and errors are kept as
 * {@link StoredText}.
 */
final class AttemptMapper {

  static final String INSERT =
      "INSERT INTO attempts (delivery_id, number, attempted_at, duration_ms, status_code, error,"
          + " response_body) VALUES (?, ?, ?, ?, ?, ?, ?)";

  private AttemptMapper() {}

  /** Binds the attempt to the parameters of {@link #INSERT}. */
  static void bindInsert(PreparedStatement insert, Attempt attempt) throws SQLException {
    insert.setObject(1, attempt.deliveryId().value());
    insert.setInt(2, attempt.number());
    insert.setObject(3, Timestamps.toColumn(attempt.attemptedAt()));
    insert.setLong(4, attempt.durationMs());
    insert.setObject(5, attempt.statusCode().orElse(null), Types.INTEGER);
    insert.setString(6, StoredText.of(attempt.error().orElse(null)));
    insert.setString(7, StoredText.of(attempt.responseBody()));
  }

  static Attempt toDomain(AttemptRow row) {
    return new Attempt(
        new DeliveryId(row.deliveryId()),
        row.number(),
        Timestamps.fromColumn(row.attemptedAt()),
        row.durationMs(),
        Optional.ofNullable(row.statusCode()),
        Optional.ofNullable(row.error()),
        row.responseBody());
  }
}
