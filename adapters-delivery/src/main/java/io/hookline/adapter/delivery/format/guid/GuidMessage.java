package io.hookline.adapter.delivery.format.guid;

import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.ObjectRef;

/**
 * The JSON body of a GUID-format delivery, in the API's PascalCase: {@code {"GUID", "Webhook",
 * "WebhookSubscriptionGUID", "ObjectType", "ObjectGUID", "Signature", "Timestamp", "Data"}}, with
 * the event's data copied verbatim and {@code "None"} and the all-zero GUID for an event about no
 * object, as the API writes an absent filter.
 */
final class GuidMessage {

  static final String NO_OBJECT_TYPE = "None";
  static final String NO_OBJECT_GUID = "00000000-0000-0000-0000-000000000000";

  private GuidMessage() {}

  static String of(OutgoingWebhook webhook) {
    Event event = webhook.event();
    String data = event.data().json();
    StringBuilder json = new StringBuilder(data.length() + 400).append('{');
    member(json, "GUID", event.id().toString());
    member(json, "Webhook", event.type().value());
    member(json, "WebhookSubscriptionGUID", webhook.subscription().id().toString());
    member(json, "ObjectType", event.object().map(ObjectRef::type).orElse(NO_OBJECT_TYPE));
    member(json, "ObjectGUID", event.object().map(ObjectRef::id).orElse(NO_OBJECT_GUID));
    member(json, "Signature", webhook.secrets().getFirst().value());
    member(json, "Timestamp", event.createdAt().toString());
    return json.append("\"Data\":").append(data).append('}').toString();
  }

  /** Appends {@code "name":"value",}. */
  private static void member(StringBuilder json, String name, String value) {
    quote(quote(json, name).append(':'), value).append(',');
  }

  /** Appends the text as a JSON string; object types and ids are free text and need escaping. */
  private static StringBuilder quote(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
