package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;

/**
 * The {@code data} of a published event on the wire: any JSON value, read as a tree that keeps
 * every number as written (no rounding through {@code double}) and written back as compact JSON
 * text, the form the domain stores and delivers.
 */
final class EventDataJson {

  private static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private EventDataJson() {}

  /** The value as compact JSON text that is valid Unicode, so it can be sent as UTF-8. */
  static String compact(JsonNode value) {
    try {
      return escapeUnpairedSurrogates(EXACT.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written", e);
    }
  }

  /**
   * Writes each unpaired surrogate as its escape: JSON strings may hold one, UTF-8 cannot encode
   * it, and such a character can only stand inside a JSON string, where the escape means the same.
   */
  private static String escapeUnpairedSurrogates(String json) {
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        out.append(c).append(json.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Reads the member as an exact tree; JSON {@code null} is a value, an absent member is null. */
  static final class Reader extends StdDeserializer<JsonNode> {

    Reader() {
      super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return EXACT.readTree(parser);
    }

    @Override
    public JsonNode getNullValue(DeserializationContext context) {
      return NullNode.getInstance();
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
      return null;
    }
  }
}
