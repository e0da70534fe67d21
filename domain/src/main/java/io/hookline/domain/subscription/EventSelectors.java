package io.hookline.domain.subscription;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The non-empty set of selectors of a subscription, in the order they were given. */
public record EventSelectors(Set<EventSelector> values) {

  public static final int MAX_SELECTORS = 100;

  public EventSelectors {
    if (values == null || values.isEmpty()) {
      throw InvalidInputException.of("", "must name at least one event type");
    }
    if (values.size() > MAX_SELECTORS) {
      throw InvalidInputException.of("", "must name at most " + MAX_SELECTORS + " event types");
    }
    values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  /** Parses selector texts, naming each bad entry by its index. */
  public static EventSelectors parse(Collection<String> texts) {
    if (texts == null || texts.isEmpty()) {
      throw InvalidInputException.of("", "must name at least one event type");
    }
    Validation validation = new Validation();
    Set<EventSelector> selectors = new LinkedHashSet<>();
    int index = 0;
    for (String text : texts) {
      EventSelector selector = validation.field("[" + index++ + "]", () -> new EventSelector(text));
      if (selector != null) {
        selectors.add(selector);
      }
    }
    validation.throwIfInvalid();
    return new EventSelectors(selectors);
  }

  public static EventSelectors of(EventSelector... selectors) {
    return new EventSelectors(new LinkedHashSet<>(List.of(selectors)));
  }

  public boolean matches(EventTypeName type) {
    for (EventSelector selector : values) {
      if (selector.matches(type)) {
        return true;
      }
    }
    return false;
  }

  /** The exact event type names among the selectors (not {@code *} or prefixes). */
  public List<EventTypeName> exactNames() {
    return values.stream().flatMap(s -> s.exactName().stream()).toList();
  }

  /** Rejects exact names that the catalog does not offer (unknown or archived), naming each one. */
  public void requireOffered(Predicate<EventTypeName> offered) {
    List<String> missing =
        exactNames().stream().filter(offered.negate()).map(EventTypeName::value).toList();
    if (!missing.isEmpty()) {
      throw InvalidInputException.of(
          "",
          "unknown or archived event type"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()));
    }
  }

  public EventSelectors plus(Collection<EventSelector> more) {
    Set<EventSelector> merged = new LinkedHashSet<>(values);
    merged.addAll(more);
    return new EventSelectors(merged);
  }

  public List<String> asStrings() {
    return values.stream().map(EventSelector::value).toList();
  }
}
