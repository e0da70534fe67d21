package io.hookline.adapter.persistence;

/**
 * Free text from the outside world (response bodies, error messages) as the delivery log keeps it:
 * at most {@link #MAX_LENGTH} characters, and without NUL characters, which PostgreSQL cannot store
 * in text and which would otherwise fail a whole batch of outcomes.
 */
final class StoredText {

  /** The length of the text columns of {@code deliveries} and {@code attempts}. */
  static final int MAX_LENGTH = 4096;

  private StoredText() {}

  /** The text as stored; null stays null. */
  static String of(String text) {
    if (text == null) {
      return null;
    }
    String clean = text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    if (clean.length() <= MAX_LENGTH) {
      return clean;
    }
    int end = MAX_LENGTH;
    if (Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    return clean.substring(0, end);
  }
}
