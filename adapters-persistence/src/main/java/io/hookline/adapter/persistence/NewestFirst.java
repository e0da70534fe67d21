package io.hookline.adapter.persistence;

import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A newest-first page of one table's rows that match some equality filters, by keyset on the
 * time-ordered ids. The query orders by the leading columns of the index it should walk before
 * {@code id DESC}: those columns are fixed by the filters, so the order is newest first either way,
 * and it lets H2 read the index in order and stop at the page's end instead of sorting every match.
 */
final class NewestFirst<R> {

  private final String table;
  private final Class<R> rowType;
  private final Function<R, UUID> idOf;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();
  private final List<String> indexColumns = new ArrayList<>();

  NewestFirst(String table, Class<R> rowType, Function<R, UUID> idOf) {
    this.table = table;
    this.rowType = rowType;
    this.idOf = idOf;
  }

  /** Keeps the rows whose column equals the value, when there is one. */
  NewestFirst<R> where(String column, Optional<?> value) {
    value.ifPresent(
        v -> {
          conditions.add(column + " = ?");
          values.add(v);
        });
    return this;
  }

  /** Walks the index on these columns and {@code id DESC}; each must be filtered on. */
  NewestFirst<R> walking(List<String> leadingColumns) {
    indexColumns.addAll(leadingColumns);
    return this;
  }

  <T> Page<T> page(Jdbc jdbc, PageRequest request, Function<R, T> toDomain) {
    Optional<UUID> after = KeysetPages.after(request);
    List<String> where = new ArrayList<>(conditions);
    after.ifPresent(id -> where.add("id < ?"));
    List<String> order = new ArrayList<>(indexColumns);
    order.add("id DESC");
    String sql =
        "SELECT * FROM "
            + table
            + " WHERE "
            + String.join(" AND ", where)
            + " ORDER BY "
            + String.join(", ", order)
            + " LIMIT ?";
    List<R> rows =
        jdbc.read(
            connection -> {
              try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int at = 1;
                for (Object value : values) {
                  statement.setObject(at++, value);
                }
                if (after.isPresent()) {
                  statement.setObject(at++, after.get());
                }
                statement.setInt(at, KeysetPages.fetch(request).getSize());
                try (ResultSet found = statement.executeQuery()) {
                  return jdbc.rows(found, rowType);
                }
              }
            });
    return KeysetPages.page(rows, request, idOf, toDomain);
  }
}
