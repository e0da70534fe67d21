package io.hookline.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Micronaut Data queries on {@code event_types}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventTypeRowRepository extends CrudRepository<EventTypeRow, String> {}
