package io.hookline.domain.subscription;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Extra HTTP headers sent with every delivery of a subscription: at most 20, with valid names, and
 * never one that Hookline itself sets or that would change how the request travels.
 */
public record CustomHeaders(Map<String, String> values) {

  public static final int MAX_HEADERS = 20;
  public static final int MAX_VALUE_LENGTH = 4096;
  public static final CustomHeaders NONE = new CustomHeaders(Map.of());

  private static final Pattern TOKEN = Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$");
  private static final Set<String> RESERVED =
      Set.of(
          "host",
          "content-length",
          "content-type",
          "user-agent",
          "authorization",
          "connection",
          "transfer-encoding",
          "upgrade",
          "expect",
          "keep-alive",
          "te",
          "trailer");

  public CustomHeaders {
    if (values == null) {
      values = Map.of();
    }
    if (values.size() > MAX_HEADERS) {
      throw InvalidInputException.of("", "must hold at most " + MAX_HEADERS + " headers");
    }
    Validation validation = new Validation();
    Map<String, String> checked = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, String> header : values.entrySet()) {
      String name = header.getKey();
      String value = header.getValue();
      String problem = problemWith(name, value);
      if (problem != null) {
        validation.reject(name == null ? "" : name, problem);
      } else if (checked.put(name, value) != null) {
        validation.reject(name, "is given more than once");
      }
    }
    validation.throwIfInvalid();
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  private static String problemWith(String name, String value) {
    if (name == null || !TOKEN.matcher(name).matches()) {
      return "is not a valid header name";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (RESERVED.contains(lower) || lower.startsWith("webhook-") || lower.startsWith("proxy-")) {
      return "is set by Hookline and cannot be overridden";
    }
    if (value == null) {
      return "must have a value";
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      return "must be at most " + MAX_VALUE_LENGTH + " characters";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return "must not contain control characters";
      }
    }
    return null;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }
}
