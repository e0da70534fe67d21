package io.hookline.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data queries on {@code subscriptions}; every finder skips soft-deleted rows. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SubscriptionRowRepository extends CrudRepository<SubscriptionRow, UUID> {

  Optional<SubscriptionRow> findByIdAndTeamIdAndDeletedAtIsNull(UUID id, UUID teamId);

  List<SubscriptionRow> findByTeamIdAndDeletedAtIsNullOrderById(UUID teamId);

  List<SubscriptionRow> findByTeamIdAndDeletedAtIsNullOrderById(UUID teamId, Pageable pageable);

  List<SubscriptionRow> findByTeamIdAndDeletedAtIsNullAndIdGreaterThanOrderById(
      UUID teamId, UUID after, Pageable pageable);
}
