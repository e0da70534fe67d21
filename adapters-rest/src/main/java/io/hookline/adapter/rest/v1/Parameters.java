package io.hookline.adapter.rest.v1;

import io.hookline.domain.common.Ids;
import io.hookline.domain.common.Validation;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads path and query parameters into domain values, keeping each refusal in a {@link Validation}
 * under the parameter's name; an optional parameter that is absent or blank is simply not given.
 */
final class Parameters {

  private Parameters() {}

  /** A required id; null when it is malformed (the refusal is then in the validation). */
  static <T> T id(Validation validation, String name, String text, Function<UUID, T> type) {
    return validation.field(name, () -> type.apply(Ids.parse("", text)));
  }

  /** An optional id, such as a filter of a listing. */
  static <T> Optional<T> optionalId(
      Validation validation, String name, String text, Function<UUID, T> type) {
    return optional(validation, name, text, value -> type.apply(Ids.parse("", value)));
  }

  /** An optional value read by {@code parse}, which refuses bad text with a domain rejection. */
  static <T> Optional<T> optional(
      Validation validation, String name, String text, Function<String, T> parse) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(validation.field(name, () -> parse.apply(text)));
  }
}
