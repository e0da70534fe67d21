package io.hookline.adapter.rest.dialect;

import java.util.List;
import java.util.Objects;

/**
 * The event types a dialect's documentation names; an enabled dialect offers a bean of this type
 * and the service adds the missing entries to the catalog at start-up.
 */
public interface DialectCatalog {

  /** The dialect's name, as in {@code HOOKLINE_DIALECTS}. */
  String dialect();

  /** The event types the dialect's clients expect to find. */
  List<Entry> eventTypes();

  /** One catalog entry: its name and a description. */
  record Entry(String name, String description) {
    public Entry {
      Objects.requireNonNull(name);
      Objects.requireNonNull(description);
    }
  }
}
