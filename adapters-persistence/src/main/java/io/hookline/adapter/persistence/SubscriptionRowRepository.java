package io.hookline.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data queries on {@code subscriptions}; finders for the API skip soft-deleted rows. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SubscriptionRowRepository extends CrudRepository<SubscriptionRow, UUID> {

  Optional<SubscriptionRow> findByIdAndTeamIdAndDeletedAtIsNull(UUID id, UUID teamId);

  List<SubscriptionRow> findByTeamIdAndDeletedAtIsNullOrderById(UUID teamId);

  List<SubscriptionRow> findByTeamIdAndDeletedAtIsNullOrderById(UUID teamId, Pageable pageable);

  List<SubscriptionRow> findByTeamIdAndDeletedAtIsNullAndIdGreaterThanOrderById(
      UUID teamId, UUID after, Pageable pageable);

  List<SubscriptionRow> findByIdIn(Collection<UUID> ids);

  @Query(
      "UPDATE subscriptions SET failing_since = :since"
          + " WHERE id IN (:ids) AND failing_since IS NULL")
  void markFailing(Collection<UUID> ids, @TypeDef(type = DataType.OBJECT) OffsetDateTime since);

  @Query("UPDATE subscriptions SET failing_since = NULL WHERE id IN (:ids)")
  void markHealthy(Collection<UUID> ids);
}
