package io.hookline.adapter.rest.dialect.guid;

import io.hookline.domain.common.InvalidInputException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads GUIDs as .NET's {@code Guid.Parse} does: 32 hex digits, with or without the dashes of
 * {@code 00000000-0000-0000-0000-000000000000}, optionally in braces or parentheses, in any case.
 */
final class Guids {

  /** The all-zero GUID, which the API uses for "no object". */
  static final String ZERO = "00000000-0000-0000-0000-000000000000";

  private static final Pattern DASHED =
      Pattern.compile(
          "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
  private static final Pattern DIGITS = Pattern.compile("\\p{XDigit}{32}");
  private static final String MUST_BE = "must be a GUID such as " + ZERO;

  private Guids() {}

  /** The GUID in the text; a missing or malformed one is refused as invalid input. */
  static UUID parse(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("", "is required");
    }
    String bare = unwrap(text.strip());
    String digits;
    if (DASHED.matcher(bare).matches()) {
      digits = bare.replace("-", "");
    } else if (DIGITS.matcher(bare).matches()) {
      digits = bare;
    } else {
      throw InvalidInputException.of("", MUST_BE);
    }
    return new UUID(
        Long.parseUnsignedLong(digits.substring(0, 16), 16),
        Long.parseUnsignedLong(digits.substring(16), 16));
  }

  /** The GUID in the API's own spelling: lower case, with dashes. */
  static String format(UUID guid) {
    return guid.toString().toLowerCase(Locale.ROOT);
  }

  private static String unwrap(String text) {
    boolean braces = text.startsWith("{") && text.endsWith("}");
    boolean parentheses = text.startsWith("(") && text.endsWith(")");
    return braces || parentheses ? text.substring(1, text.length() - 1) : text;
  }
}
