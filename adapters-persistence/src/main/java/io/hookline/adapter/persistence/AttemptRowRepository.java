package io.hookline.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** Micronaut Data reads of {@code attempts}; attempts are written in batches by the queue. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AttemptRowRepository extends GenericRepository<AttemptRow, Long> {

  List<AttemptRow> findByDeliveryId(UUID deliveryId, Sort sort);
}
