package io.hookline.adapter.rest.dialect.screver;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.Subscription;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query of {@code GET /api/v2/webhooks}: {@code skip} (any non-negative integer, 0 by default),
 * {@code limit} (required: 5, 10, 25, 50 or 100) and {@code sort}, a one-key object on {@code
 * createdAt} or {@code updatedAt} with 1 (ascending) or -1 (descending), written as in the document
 * ({@code { createdAt: -1 }}), as JSON, or as {@code sort[createdAt]=-1}; newest first by default.
 */
record WebhookListing(long skip, int limit, Comparator<Subscription> order) {

  static final List<Integer> LIMITS = List.of(5, 10, 25, 50, 100);

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SORT =
      Pattern.compile(
          "\\{\\s*([\"']?)(createdAt|updatedAt)\\1\\s*:\\s*([\"']?)(-?1)\\3\\s*}", Pattern.DOTALL);
  private static final List<String> SORT_KEYS = List.of("createdAt", "updatedAt");

  WebhookListing {
    Objects.requireNonNull(order);
  }

  /** Reads the query; {@code parameter} gives a query parameter's value, or null when absent. */
  static WebhookListing parse(Function<String, String> parameter) {
    Validation validation = new Validation();
    String skipText = parameter.apply("skip");
    long skip = 0;
    if (skipText != null && !skipText.isBlank()) {
      if (DIGITS.matcher(skipText.strip()).matches()) {
        String digits = skipText.strip();
        skip = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
      } else {
        validation.reject("skip", "must be a non-negative integer");
      }
    }
    String limitText = parameter.apply("limit");
    Integer limit =
        LIMITS.stream()
            .filter(allowed -> limitText != null && allowed.toString().equals(limitText.strip()))
            .findFirst()
            .orElse(null);
    if (limit == null) {
      validation.reject("limit", "must be one of the following values: 5, 10, 25, 50, 100");
    }
    Comparator<Subscription> order = validation.field("sort", () -> order(parameter));
    validation.throwIfInvalid();
    return new WebhookListing(skip, limit, order);
  }

  /** The page this query selects from all of a team's webhooks. */
  List<Subscription> page(List<Subscription> webhooks) {
    return webhooks.stream().sorted(order).skip(skip).limit(limit).toList();
  }

  private static Comparator<Subscription> order(Function<String, String> parameter) {
    String sort = parameter.apply("sort");
    boolean plain = sort != null && !sort.isBlank();
    List<String> bracketed =
        SORT_KEYS.stream().filter(key -> parameter.apply(sortKey(key)) != null).toList();
    if (!plain && bracketed.isEmpty()) {
      return order("createdAt", "-1");
    }
    if (plain && bracketed.isEmpty()) {
      Matcher matcher = SORT.matcher(sort.strip());
      if (matcher.matches()) {
        return order(matcher.group(2), matcher.group(4));
      }
    } else if (!plain && bracketed.size() == 1) {
      String key = bracketed.getFirst();
      String direction = parameter.apply(sortKey(key)).strip();
      if (direction.equals("1") || direction.equals("-1")) {
        return order(key, direction);
      }
    }
    throw InvalidInputException.of(
        "",
        "must be an object with a single key, createdAt or updatedAt, and the value 1 or -1,"
            + " such as { createdAt: -1 }");
  }

  private static Comparator<Subscription> order(String key, String direction) {
    Function<Subscription, Instant> time =
        key.equals("createdAt") ? Subscription::createdAt : Subscription::updatedAt;
    Comparator<Subscription> ascending =
        Comparator.comparing(time).thenComparing(s -> s.id().value());
    return direction.equals("1") ? ascending : ascending.reversed();
  }

  private static String sortKey(String key) {
    return "sort[" + key + "]";
  }
}
