package io.hookline.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data lookups of {@code deliveries}; the queue's writes are plain JDBC. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeliveryRowRepository extends GenericRepository<DeliveryRow, UUID> {

  Optional<DeliveryRow> findByIdAndTeamId(UUID id, UUID teamId);
}
