package io.hookline.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a partial update: either unchanged, or set to a value (for optional fields the value
 * is itself an {@link Optional}, so setting it to empty clears the field).
 */
public record Patch<T>(Optional<T> value) {

  public Patch {
    Objects.requireNonNull(value, "value");
  }

  public static <T> Patch<T> unchanged() {
    return new Patch<>(Optional.empty());
  }

  public static <T> Patch<T> set(T value) {
    return new Patch<>(Optional.of(value));
  }

  /** For an optional field: set when present, cleared when empty. */
  public static <T> Patch<Optional<T>> setOrClear(Optional<T> value) {
    return new Patch<>(Optional.of(value));
  }

  /** The value after the patch is applied to {@code current}. */
  public T applyTo(T current) {
    return value.orElse(current);
  }

  public boolean isUnchanged() {
    return value.isEmpty();
  }
}
