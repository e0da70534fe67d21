package io.hookline.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the {@code events} table; the data is the event's JSON text exactly as published. */
@MappedEntity("events")
record EventRow(
    @Id UUID id,
    UUID teamId,
    String type,
    String data,
    @Nullable String objectType,
    @Nullable String objectId,
    @Nullable String idempotencyKey,
    int fanout,
    @TypeDef(type = DataType.OBJECT) OffsetDateTime createdAt) {}
