package io.hookline.adapter.delivery.format.codewars;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the top-level members of a JSON object as raw text, without a JSON library, so that the
 * envelope can copy each name and value exactly as the publisher wrote it.
 */
final class JsonMembers {

  /** One member: its decoded name, and its name and value as they stand in the text. */
  record Member(String name, String rawName, String rawValue) {}

  private final String json;
  private int at;

  private JsonMembers(String json) {
    this.json = json;
  }

  /** The members in order, or empty when {@code json} is not a single well-formed object. */
  static Optional<List<Member>> of(String json) {
    try {
      return Optional.of(new JsonMembers(json).object());
    } catch (IndexOutOfBoundsException | IllegalArgumentException notAnObject) {
      return Optional.empty();
    }
  }

  private List<Member> object() {
    expect('{');
    List<Member> members = new ArrayList<>();
    if (next() == '}') {
      at++;
    } else {
      char separator;
      do {
        members.add(member());
        separator = next();
        at++;
      } while (separator == ',');
      if (separator != '}') {
        throw new IllegalArgumentException("an object must end with '}'");
      }
    }
    if (!json.substring(at).isBlank()) {
      throw new IllegalArgumentException("nothing may follow the object");
    }
    return members;
  }

  private Member member() {
    next();
    int nameStart = at;
    String name = string();
    String rawName = json.substring(nameStart, at);
    expect(':');
    next();
    int valueStart = at;
    skipValue();
    if (at == valueStart) {
      throw new IllegalArgumentException("a member needs a value");
    }
    return new Member(name, rawName, json.substring(valueStart, at));
  }

  private void expect(char expected) {
    if (next() != expected) {
      throw new IllegalArgumentException("'" + expected + "' was expected at " + at);
    }
    at++;
  }

  /** Skips whitespace and returns the character there, without consuming it. */
  private char next() {
    while (Character.isWhitespace(json.charAt(at))) {
      at++;
    }
    return json.charAt(at);
  }

  private void skipValue() {
    char first = json.charAt(at);
    if (first == '"') {
      string();
    } else if (first == '{' || first == '[') {
      int depth = 0;
      do {
        char c = json.charAt(at);
        if (c == '"') {
          string();
        } else {
          depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
          at++;
        }
      } while (depth > 0);
    } else {
      while (at < json.length() && ",}] \t\r\n".indexOf(json.charAt(at)) < 0) {
        at++;
      }
    }
  }

  /** Reads the string that starts here and returns it decoded. */
  private String string() {
    expect('"');
    StringBuilder text = new StringBuilder();
    for (char c = json.charAt(at++); c != '"'; c = json.charAt(at++)) {
      text.append(c == '\\' ? unescape(json.charAt(at++)) : c);
    }
    return text.toString();
  }

  private char unescape(char escaped) {
    return switch (escaped) {
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> {
        char unit = (char) Integer.parseInt(json.substring(at, at + 4), 16);
        at += 4;
        yield unit;
      }
      default -> escaped;
    };
  }
}
