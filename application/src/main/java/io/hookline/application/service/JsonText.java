package io.hookline.application.service;

import java.util.Map;
import java.util.TreeMap;

/** Writes the small, flat JSON objects that Hookline's own events carry (strings only). */
final class JsonText {

  private JsonText() {}

  /** A JSON object of string members, in key order. */
  static String object(Map<String, String> members) {
    StringBuilder json = new StringBuilder("{");
    new TreeMap<>(members)
        .forEach(
            (key, value) -> {
              if (json.length() > 1) {
                json.append(',');
              }
              quote(json, key).append(':');
              quote(json, value);
            });
    return json.append('}').toString();
  }

  private static StringBuilder quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
