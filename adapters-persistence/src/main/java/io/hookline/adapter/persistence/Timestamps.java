package io.hookline.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How instants are kept in {@code TIMESTAMP WITH TIME ZONE} columns: as UTC {@link OffsetDateTime}
 * values, which both drivers bind without the JVM's time zone (a {@code java.sql.Timestamp} would
 * shift by an hour on H2 in the repeated hour of a daylight saving change), and truncated to
 * microseconds, the finest both databases keep, so an instant reads back as {@code
 * stored(instant)}.
 */
final class Timestamps {

  private Timestamps() {}

  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static OffsetDateTime toColumn(Instant instant) {
    return stored(instant).atOffset(ZoneOffset.UTC);
  }

  static OffsetDateTime toNullableColumn(Optional<Instant> instant) {
    return instant.map(Timestamps::toColumn).orElse(null);
  }

  static Instant fromColumn(OffsetDateTime column) {
    return column.toInstant();
  }

  static Optional<Instant> fromNullableColumn(OffsetDateTime column) {
    return Optional.ofNullable(column).map(OffsetDateTime::toInstant);
  }
}
