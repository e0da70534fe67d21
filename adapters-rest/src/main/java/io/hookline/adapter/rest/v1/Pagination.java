package io.hookline.adapter.rest.v1;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.common.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code limit} and {@code cursor} query parameters of the native API. Cursors are opaque to
 * clients: the repository's cursor, marked and base64url-encoded, so that a cursor this API did not
 * hand out is a 400 rather than a surprise for the repository.
 */
final class Pagination {

  private static final String MARK = "hookline.v1:";

  private Pagination() {}

  /** The page a request asks for; one 400 names both a bad limit and a bad cursor. */
  static PageRequest request(Integer limit, String cursor) {
    Validation validation = new Validation();
    PageRequest page = request(validation, limit, cursor);
    validation.throwIfInvalid();
    return page;
  }

  /**
   * The page a request asks for, its refusals kept in {@code validation} beside those of the
   * request's other parameters; null when it was refused.
   */
  static PageRequest request(Validation validation, Integer limit, String cursor) {
    String decoded =
        cursor == null || cursor.isBlank()
            ? null
            : validation.field("cursor", () -> decode(cursor));
    PageRequest page = null;
    try {
      page = PageRequest.of(limit, decoded);
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> validation.reject(error.field(), error.message()));
    }
    return page;
  }

  static String encode(String cursor) {
    byte[] marked = (MARK + cursor).getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(marked);
  }

  private static String decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(MARK) && text.length() > MARK.length()) {
        return text.substring(MARK.length());
      }
    } catch (IllegalArgumentException e) {
      // not base64url: reported below like any other foreign cursor
    }
    throw InvalidInputException.of("", "is not a cursor returned by this API");
  }
}
