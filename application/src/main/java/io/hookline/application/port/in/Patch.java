package io.hookline.application.port.in;

import java.util.Objects;
import java.util.Optional;

/** One field of a partial update: leave it as it is, set it to a value, or clear it. */
public sealed interface Patch<T> {

  /** The value after the patch is applied to {@code current}. */
  T applyTo(T current);

  boolean isUnchanged();

  static <T> Patch<T> unchanged() {
    return new Unchanged<>();
  }

  static <T> Patch<T> set(T value) {
    return new Set<>(value);
  }

  /** For an optional field: set when present, cleared when empty. */
  static <T> Patch<Optional<T>> setOrClear(Optional<T> value) {
    return new Set<>(value);
  }

  /** Leaves the field as it is. */
  record Unchanged<T>() implements Patch<T> {
    @Override
    public T applyTo(T current) {
      return current;
    }

    @Override
    public boolean isUnchanged() {
      return true;
    }
  }

  /** Replaces the field with a value. */
  record Set<T>(T value) implements Patch<T> {
    public Set {
      Objects.requireNonNull(value, "a patch value");
    }

    @Override
    public T applyTo(T current) {
      return value;
    }

    @Override
    public boolean isUnchanged() {
      return false;
    }
  }
}
