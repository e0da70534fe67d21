package io.hookline.adapter.rest.dialect;

import java.util.UUID;

/**
 * The MongoDB ObjectId-like form (24 hex digits) in which dialects whose documents show ObjectIds
 * present Hookline's UUIDv7 ids: the millisecond timestamp (the first 12 hex digits, so ids sort by
 * creation like ObjectIds) followed by the last 12 hex digits, which differ between ids made in the
 * same millisecond.
 */
public final class ObjectIds {

  private ObjectIds() {}

  public static String of(UUID id) {
    String hex = id.toString().replace("-", "");
    return hex.substring(0, 12) + hex.substring(20);
  }

  /** Whether {@code text} is the ObjectId-like form of {@code id}, in either letter case. */
  public static boolean matches(UUID id, String text) {
    return text != null && of(id).equalsIgnoreCase(text);
  }
}
