package io.hookline.adapter.delivery.format.screver;

import java.util.regex.Pattern;

/**
 * Tells whether a JSON object text has a member of a given name at its top level, without a JSON
 * library and without re-serialising anything; the text is well-formed JSON (the API checked it).
 */
final class TopLevelMembers {

  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{4}");

  private TopLevelMembers() {}

  /** Whether the object {@code json} has a top-level member called {@code name}. */
  static boolean has(String json, String name) {
    int depth = 0;
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"') {
        StringBuilder text = new StringBuilder();
        i = readString(json, i + 1, text);
        if (depth == 1 && nextIsColon(json, i) && text.toString().equals(name)) {
          return true;
        }
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      i++;
    }
    return false;
  }

  /** Decodes the string starting after its opening quote; returns the index after its end. */
  private static int readString(String json, int start, StringBuilder out) {
    int i = start;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < json.length()) {
        char escaped = json.charAt(i + 1);
        if (escaped == 'u'
            && i + 5 < json.length()
            && HEX.matcher(json.substring(i + 2, i + 6)).matches()) {
          out.append((char) Integer.parseInt(json.substring(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        out.append(
            switch (escaped) {
              case 'b' -> '\b';
              case 'f' -> '\f';
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 't' -> '\t';
              default -> escaped;
            });
        i += 2;
        continue;
      }
      out.append(c);
      i++;
    }
    return i;
  }

  private static boolean nextIsColon(String json, int from) {
    for (int i = from; i < json.length(); i++) {
      char c = json.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == ':';
      }
    }
    return false;
  }
}
