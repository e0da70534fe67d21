package io.hookline.domain.eventtype;

import io.hookline.domain.common.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The name of a kind of event, such as {@code order.created} or {@code submittedChallenge}: a
 * letter, then up to 127 letters, digits, or {@code _ . : -}.
 */
public record EventTypeName(String value) implements Comparable<EventTypeName> {

  private static final Pattern FORMAT = Pattern.compile("^[A-Za-z][A-Za-z0-9_.:-]{0,127}$");

  public EventTypeName {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw InvalidInputException.of(
          "",
          "'"
              + value
              + "' is not a valid event type name: it must start with a letter and contain"
              + " up to 128 letters, digits, '_', '.', ':' or '-'");
    }
  }

  /** Names under {@code hookline.} belong to Hookline's own events, which teams cannot define. */
  public boolean isReserved() {
    return value.startsWith("hookline.");
  }

  /** Whether this name starts with the given prefix (used by {@code order.*} selectors). */
  public boolean startsWith(String prefix) {
    return value.startsWith(prefix);
  }

  @Override
  public int compareTo(EventTypeName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
