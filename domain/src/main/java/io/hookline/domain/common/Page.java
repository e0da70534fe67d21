package io.hookline.domain.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a listing in a stable order, with the cursor of the next page if there is one. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
  }
}
