package io.hookline.adapter.rest.dialect.shareactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Reply;
import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;

/** What a ShareActor client reads from an error: the status, the JSON body, the refused fields. */
final class ShareActorReplies {

  private ShareActorReplies() {}

  /** Asserts the ShareActor error body with this status and message, and returns it. */
  static JsonNode expectError(Reply reply, int status, String message) {
    reply.expect(status);
    assertEquals("application/json", reply.contentType());
    JsonNode body = reply.json();
    assertEquals(status, body.get("status").asInt());
    assertEquals(HttpStatus.valueOf(status).getReason(), body.get("error").asText());
    assertEquals(message, body.get("message").asText());
    return body;
  }

  /** The fields an error body names, in order. */
  static List<String> fields(JsonNode body) {
    List<String> fields = new ArrayList<>();
    body.path("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  /** The body of a webhook of the event type at the endpoint. */
  static String webhook(String endpoint, String eventType) {
    return "{\"endpoint\":\"" + endpoint + "\",\"event_type\":\"" + eventType + "\"}";
  }
}
