package io.hookline.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of the {@code deliveries} table: the delivery's state for the log, plus the queue's
 * bookkeeping ({@code dueAt}, the lease token) that the domain does not see.
 */
@MappedEntity("deliveries")
record DeliveryRow(
    @Id UUID id,
    UUID teamId,
    UUID eventId,
    UUID subscriptionId,
    String status,
    int attempts,
    @TypeDef(type = DataType.OBJECT) OffsetDateTime nextAttemptAt,
    @Nullable @TypeDef(type = DataType.OBJECT) OffsetDateTime dueAt,
    @Nullable UUID leaseToken,
    @Nullable Integer lastStatusCode,
    @Nullable String lastError,
    @TypeDef(type = DataType.OBJECT) OffsetDateTime createdAt,
    @TypeDef(type = DataType.OBJECT) OffsetDateTime updatedAt) {}
