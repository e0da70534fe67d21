package io.hookline.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data lookups of {@code events} by id; writes and listings are plain JDBC. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventRowRepository extends GenericRepository<EventRow, UUID> {

  Optional<EventRow> findById(UUID id);

  Optional<EventRow> findByIdAndTeamId(UUID id, UUID teamId);

  List<EventRow> findByIdIn(Collection<UUID> ids);
}
