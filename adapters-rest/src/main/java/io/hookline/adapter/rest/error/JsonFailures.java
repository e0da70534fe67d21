package io.hookline.adapter.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Describes request bodies Jackson could not read: text that is not JSON, and JSON whose values
 * have the wrong type, named by the field path ({@code filter.objectId}, {@code eventTypes[2]}).
 */
final class JsonFailures {

  static final String NOT_JSON = "the request body is not valid JSON";

  private JsonFailures() {}

  static ErrorDescription describe(JsonProcessingException failure) {
    if (!(failure instanceof JsonMappingException mapping)) {
      return ErrorDescription.of(NOT_JSON);
    }
    String field = pathOf(mapping);
    String problem =
        mapping instanceof MismatchedInputException mismatch
            ? mustBe(mismatch.getTargetType())
            : "has an invalid value";
    if (field.isEmpty()) {
      return ErrorDescription.of("the request body " + problem);
    }
    return new ErrorDescription(
        CauseDescriber.INVALID_FIELDS, List.of(new FieldViolation(field, problem)));
  }

  /** What a value of the target type must look like, as the message of a field error. */
  static String mustBe(Class<?> type) {
    if (type == null) {
      return "has the wrong type";
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class) {
      return "must be a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "must be an integer";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "must be a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be an array";
    }
    if (type.isEnum()) {
      return "has an unknown value";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || type == Object.class) {
      return "must be an object";
    }
    return "has the wrong type";
  }

  private static String pathOf(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
