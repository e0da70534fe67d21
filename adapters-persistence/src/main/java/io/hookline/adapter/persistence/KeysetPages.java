package io.hookline.adapter.persistence;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.micronaut.data.model.Pageable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Keyset pagination in id order: the cursor is the last id of a page and the next page holds the
 * rows after it in the listing's order (greater ids, or smaller ones when newest first), so pages
 * neither overlap nor skip rows when others are added meanwhile.
 */
final class KeysetPages {

  private static final Pattern CANONICAL_UUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private KeysetPages() {}

  /** The id the requested page starts after, or empty for the first page. */
  static Optional<UUID> after(PageRequest request) {
    return request.cursor().map(KeysetPages::parse);
  }

  /** How many rows to fetch: one more than the limit, to learn whether a next page exists. */
  static Pageable fetch(PageRequest request) {
    return Pageable.from(0, request.limit() + 1);
  }

  /** The page made of rows fetched with {@link #fetch}, in the listing's order. */
  static <R, T> Page<T> page(
      List<R> rows, PageRequest request, Function<R, UUID> id, Function<R, T> toDomain) {
    boolean more = rows.size() > request.limit();
    List<R> shown = more ? rows.subList(0, request.limit()) : rows;
    Optional<String> next =
        more ? Optional.of(id.apply(shown.getLast()).toString()) : Optional.empty();
    return new Page<>(shown.stream().map(toDomain).toList(), next);
  }

  private static UUID parse(String cursor) {
    if (!CANONICAL_UUID.matcher(cursor).matches()) {
      throw InvalidInputException.of("cursor", "is not a valid cursor");
    }
    return UUID.fromString(cursor);
  }
}
