package io.hookline.adapter.rest.v1;

import io.hookline.application.port.in.Patch;
import io.hookline.domain.common.Validation;
import io.micronaut.json.tree.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * Reads the members of a JSON merge patch (RFC 7396) into {@link Patch}es: an absent member leaves
 * a field unchanged, {@code null} clears it where that is allowed and is refused where it is not,
 * and a value of the wrong JSON type is refused by name.
 */
final class MergePatch {

  /** A JSON type a member must have, and how to read a value of that type. */
  record JsonType<R>(String mustBe, Function<JsonNode, Optional<R>> read) {}

  static final JsonType<String> STRING =
      new JsonType<>(
          "must be a string", n -> n.isString() ? Optional.of(n.getStringValue()) : none());
  static final JsonType<Boolean> BOOLEAN =
      new JsonType<>(
          "must be true or false", n -> n.isBoolean() ? Optional.of(n.getBooleanValue()) : none());
  static final JsonType<List<String>> STRINGS =
      new JsonType<>("must be an array of strings", MergePatch::strings);
  static final JsonType<Map<String, String>> STRING_MAP =
      new JsonType<>("must be an object whose values are strings", MergePatch::stringMap);
  static final JsonType<FilterBody> FILTER =
      new JsonType<>("must be an object with string objectType and objectId", MergePatch::filter);

  private final JsonNode body;
  private final Validation validation;

  MergePatch(JsonNode body, Validation validation) {
    this.body = body;
    this.validation = validation;
  }

  /** A member that must not be null. */
  <R, T> Patch<T> required(String member, JsonType<R> type, Function<R, T> toDomain) {
    JsonNode node = body.get(member);
    if (node == null) {
      return Patch.unchanged();
    }
    if (node.isNull()) {
      validation.reject(member, "must not be null");
      return Patch.unchanged();
    }
    return read(member, node, type, toDomain);
  }

  /** A member that {@code null} resets to {@code cleared}. */
  <R, T> Patch<T> clearable(String member, T cleared, JsonType<R> type, Function<R, T> toDomain) {
    JsonNode node = body.get(member);
    if (node == null) {
      return Patch.unchanged();
    }
    return node.isNull() ? Patch.set(cleared) : read(member, node, type, toDomain);
  }

  /** An optional member that {@code null} removes. */
  <R, T> Patch<Optional<T>> optional(String member, JsonType<R> type, Function<R, T> toDomain) {
    return clearable(member, Optional.empty(), type, raw -> optionalOrNull(toDomain.apply(raw)));
  }

  /**
   * Reads a member of the right type through {@code toDomain}, which returns null when the domain
   * refused the value (the refusal is then in the validation) so the field stays unchanged.
   */
  private <R, T> Patch<T> read(
      String member, JsonNode node, JsonType<R> type, Function<R, T> toDomain) {
    Optional<R> raw = type.read().apply(node);
    if (raw.isEmpty()) {
      validation.reject(member, type.mustBe());
      return Patch.unchanged();
    }
    T value = toDomain.apply(raw.get());
    return value == null ? Patch.unchanged() : Patch.set(value);
  }

  private static <T> Optional<T> optionalOrNull(T value) {
    return value == null ? null : Optional.of(value);
  }

  private static <R> Optional<R> none() {
    return Optional.empty();
  }

  private static Optional<List<String>> strings(JsonNode node) {
    if (!node.isArray()) {
      return none();
    }
    List<JsonNode> items = StreamSupport.stream(node.values().spliterator(), false).toList();
    return items.stream().allMatch(JsonNode::isString)
        ? Optional.of(items.stream().map(JsonNode::getStringValue).toList())
        : none();
  }

  private static Optional<Map<String, String>> stringMap(JsonNode node) {
    if (!node.isObject()) {
      return none();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.entries()) {
      if (!entry.getValue().isString()) {
        return none();
      }
      values.put(entry.getKey(), entry.getValue().getStringValue());
    }
    return Optional.of(values);
  }

  private static Optional<FilterBody> filter(JsonNode node) {
    if (!node.isObject()) {
      return none();
    }
    Optional<String> type = optionalString(node.get("objectType"));
    Optional<String> id = optionalString(node.get("objectId"));
    return type == null || id == null
        ? none()
        : Optional.of(new FilterBody(type.orElse(null), id.orElse(null)));
  }

  /** The string of a member, empty when absent or null, and null when it is not a string. */
  private static Optional<String> optionalString(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return node.isString() ? Optional.of(node.getStringValue()) : null;
  }
}
