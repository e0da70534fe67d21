package io.hookline.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the {@code teams} table. */
@MappedEntity("teams")
record TeamRow(
    @Id UUID id, String name, @TypeDef(type = DataType.OBJECT) OffsetDateTime createdAt) {}
