package io.hookline.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** Micronaut Data queries on {@code teams}; the POSTGRES dialect also serves H2 in PG mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamRowRepository extends CrudRepository<TeamRow, UUID> {

  List<TeamRow> listOrderById(Pageable pageable);

  List<TeamRow> findByIdGreaterThanOrderById(UUID after, Pageable pageable);
}
