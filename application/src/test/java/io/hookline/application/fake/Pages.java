package io.hookline.application.fake;

import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Cursor pagination over a sorted map, the way the real repositories page (by id order). */
final class Pages {

  private Pages() {}

  static <T> Page<T> of(Map<String, T> byId, PageRequest request) {
    NavigableMap<String, T> sorted = new TreeMap<>(byId);
    NavigableMap<String, T> rest =
        request.cursor().map(c -> sorted.tailMap(c, false)).orElse(sorted);
    List<Map.Entry<String, T>> entries =
        rest.entrySet().stream().limit(request.limit() + 1L).toList();
    boolean more = entries.size() > request.limit();
    List<Map.Entry<String, T>> page = more ? entries.subList(0, request.limit()) : entries;
    Optional<String> next = more ? Optional.of(page.getLast().getKey()) : Optional.empty();
    return new Page<>(page.stream().map(Map.Entry::getValue).toList(), next);
  }
}
