package io.hookline.adapter.rest.dialect.guid;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.ObjectFilter;
import java.util.Optional;
import java.util.UUID;

/**
 * The object filter as the API writes it, {@code FilterObjectType} and {@code FilterObjectGUID}:
 * the type {@code "None"} (or none) with the all-zero GUID (or none) means every object; a type
 * with a GUID means only events about that object; one without the other is refused.
 */
final class GuidFilter {

  static final String TYPE_FIELD = "FilterObjectType";
  static final String GUID_FIELD = "FilterObjectGUID";
  static final String NO_TYPE = "None";

  private static final UUID NO_OBJECT = new UUID(0, 0);

  private GuidFilter() {}

  /** The filter the two request fields describe; refusals are kept in the validation. */
  static Optional<ObjectFilter> parse(Validation validation, String type, String guid) {
    boolean typed = type != null && !type.isBlank() && !type.strip().equalsIgnoreCase(NO_TYPE);
    UUID object = NO_OBJECT;
    if (guid != null && !guid.isBlank()) {
      object = validation.field(GUID_FIELD, () -> Guids.parse(guid));
      if (object == null) {
        return Optional.empty();
      }
    }
    boolean named = !object.equals(NO_OBJECT);
    if (typed != named) {
      validation.reject(
          typed ? GUID_FIELD : TYPE_FIELD,
          typed
              ? "must name the object (not the all-zero GUID) when " + TYPE_FIELD + " is given"
              : "must name the object's type (not None) when " + GUID_FIELD + " is given");
      return Optional.empty();
    }
    return typed ? filter(validation, type.strip(), Guids.format(object)) : Optional.empty();
  }

  /** {@code FilterObjectType} of a subscription: its filter's object type, or None. */
  static String type(Optional<ObjectFilter> filter) {
    return filter.map(ObjectFilter::objectType).orElse(NO_TYPE);
  }

  /** {@code FilterObjectGUID} of a subscription: its filter's object id, or the all-zero GUID. */
  static String guid(Optional<ObjectFilter> filter) {
    return filter.map(ObjectFilter::objectId).orElse(Guids.ZERO);
  }

  private static Optional<ObjectFilter> filter(Validation validation, String type, String guid) {
    try {
      return Optional.of(new ObjectFilter(type, guid));
    } catch (InvalidInputException e) {
      validation.reject(TYPE_FIELD, e.errors().getFirst().message());
      return Optional.empty();
    }
  }
}
