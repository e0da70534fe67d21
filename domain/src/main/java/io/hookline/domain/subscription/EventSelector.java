package io.hookline.domain.subscription;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.Optional;

/**
 * Which event types a subscription wants: one exact name, {@code *} for every type, or a prefix
 * such as {@code order.*} for every type whose name starts with {@code order.}.
 */
public record EventSelector(String value) {

  public static final EventSelector ALL = new EventSelector("*");

  public EventSelector {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of("", "must not be blank");
    }
    value = value.strip();
    if (!value.equals("*")) {
      String name = value.endsWith(".*") ? value.substring(0, value.length() - 2) : value;
      new EventTypeName(name);
    }
  }

  public static EventSelector exact(EventTypeName name) {
    return new EventSelector(name.value());
  }

  public boolean isAll() {
    return value.equals("*");
  }

  public boolean isPrefix() {
    return value.endsWith(".*");
  }

  /** The exact event type this selector names, if it names exactly one. */
  public Optional<EventTypeName> exactName() {
    return isAll() || isPrefix() ? Optional.empty() : Optional.of(new EventTypeName(value));
  }

  public boolean matches(EventTypeName type) {
    if (isAll()) {
      return true;
    }
    if (isPrefix()) {
      return type.startsWith(value.substring(0, value.length() - 1));
    }
    return type.value().equals(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
