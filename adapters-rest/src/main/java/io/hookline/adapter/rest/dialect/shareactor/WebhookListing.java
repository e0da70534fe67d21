package io.hookline.adapter.rest.dialect.shareactor;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.Subscription;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code page}, {@code size} and {@code sort} of {@code GET /webhooks}: pages count from 0 with
 * 10 webhooks each by default, and {@code sort} names {@code created}, {@code updated} or {@code
 * modified} (the same as {@code updated}), descending with a leading {@code -}, {@code -modified}
 * by default; webhooks with equal values keep their creation order in the same direction.
 */
record WebhookListing(int page, int size, Comparator<Subscription> order) {

  static final int DEFAULT_SIZE = 10;
  static final int MAX_SIZE = 250;
  static final String DEFAULT_SORT = "-modified";

  private static final Map<String, Function<Subscription, Instant>> FIELDS =
      Map.of(
          "created", Subscription::createdAt,
          "updated", Subscription::updatedAt,
          "modified", Subscription::updatedAt);

  /** Reads the query parameters; one 400 names every bad one. */
  static WebhookListing parse(Integer page, Integer size, String sort) {
    Validation validation = new Validation();
    int number = page == null ? 0 : page;
    int count = size == null ? DEFAULT_SIZE : size;
    if (number < 0) {
      validation.reject("page", "must be 0 or more");
    }
    if (count < 1 || count > MAX_SIZE) {
      validation.reject("size", "must be between 1 and " + MAX_SIZE);
    }
    Comparator<Subscription> order =
        validation.field("sort", () -> order(sort == null || sort.isBlank() ? DEFAULT_SORT : sort));
    validation.throwIfInvalid();
    return new WebhookListing(number, count, order);
  }

  private static Comparator<Subscription> order(String sort) {
    String text = sort.strip();
    boolean descending = text.startsWith("-");
    Function<Subscription, Instant> field = FIELDS.get(descending ? text.substring(1) : text);
    if (field == null) {
      throw InvalidInputException.of(
          "", "must be created, updated or modified, with a leading - to sort descending");
    }
    Comparator<Subscription> ascending =
        Comparator.comparing(field).thenComparing(s -> s.id().value());
    return descending ? ascending.reversed() : ascending;
  }

  /** This page of {@code webhooks} in this order; past the last page it is empty. */
  List<Subscription> of(List<Subscription> webhooks) {
    return webhooks.stream().sorted(order).skip((long) page * size).limit(size).toList();
  }
}
