package io.hookline.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.OffsetDateTime;

/** A row of the {@code event_types} table, keyed by the event type's name. */
@MappedEntity("event_types")
record EventTypeRow(
    @Id String name,
    String description,
    boolean archived,
    @TypeDef(type = DataType.OBJECT) OffsetDateTime createdAt) {}
