package io.hookline.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of the {@code subscriptions} table; selectors and headers are JSON text, the format is its
 * wire name, and a deleted subscription keeps its row with {@code deletedAt} set.
 */
@MappedEntity("subscriptions")
record SubscriptionRow(
    @Id UUID id,
    UUID teamId,
    String url,
    String eventSelectors,
    String description,
    String headers,
    @Nullable String authorizationToken,
    @Nullable String filterObjectType,
    @Nullable String filterObjectId,
    String format,
    boolean enabled,
    @Nullable String disabledReason,
    @Nullable @TypeDef(type = DataType.OBJECT) OffsetDateTime failingSince,
    String secret,
    @Nullable String previousSecret,
    @Nullable @TypeDef(type = DataType.OBJECT) OffsetDateTime previousSecretExpiresAt,
    @TypeDef(type = DataType.OBJECT) OffsetDateTime createdAt,
    @TypeDef(type = DataType.OBJECT) OffsetDateTime updatedAt,
    @Nullable @TypeDef(type = DataType.OBJECT) OffsetDateTime deletedAt) {}
