package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.common.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** One page of a listing: its items and the cursor of the next page, null on the last page. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(
    List<T> items,
    @Schema(description = "pass as ?cursor= to read the next page; null on the last page")
        String nextCursor) {

  static <D, T> PageResponse<T> from(Page<D> page, Function<? super D, ? extends T> mapper) {
    return new PageResponse<>(
        page.items().stream().<T>map(mapper).toList(),
        page.nextCursor().map(Pagination::encode).orElse(null));
  }
}
