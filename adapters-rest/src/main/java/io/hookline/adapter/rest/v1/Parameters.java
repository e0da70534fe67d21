package io.hookline.adapter.rest.v1;

import io.hookline.domain.common.Ids;
import io.hookline.domain.common.Validation;
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
}
