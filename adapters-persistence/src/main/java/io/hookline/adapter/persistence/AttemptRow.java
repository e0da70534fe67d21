package io.hookline.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of the {@code attempts} table: one HTTP attempt of a delivery, numbered by the database.
 */
@MappedEntity("attempts")
record AttemptRow(
    @Id @GeneratedValue Long id,
    UUID deliveryId,
    int number,
    @TypeDef(type = DataType.OBJECT) OffsetDateTime attemptedAt,
    long durationMs,
    @Nullable Integer statusCode,
    @Nullable String error,
    String responseBody) {}
