package io.hookline.domain.event;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.PayloadTooLargeException;
import java.nio.charset.StandardCharsets;

/**
 * The payload of an event as JSON text, at most 256 KiB; adapters check it is well-formed JSON, the
 * domain keeps it as the exact text that will be delivered.
 */
public record EventData(String json) {

  public static final int MAX_BYTES = 256 * 1024;

  public EventData {
    if (json == null || json.isBlank()) {
      throw InvalidInputException.of("", "must be a JSON value");
    }
    if (json.length() > MAX_BYTES || json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new PayloadTooLargeException("event data", MAX_BYTES);
    }
  }
}
