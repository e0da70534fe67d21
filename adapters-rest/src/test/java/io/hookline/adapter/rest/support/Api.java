package io.hookline.adapter.rest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plain HTTP client for the embedded server that shows exactly what an API client sees. */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;

  public Api(URI base) {
    this.base = base;
  }

  public Reply get(String path, String token) {
    return sendBytes("GET", path, token, null, null);
  }

  public Reply delete(String path, String token) {
    return sendBytes("DELETE", path, token, null, null);
  }

  public Reply post(String path, String token, Object body) {
    return send("POST", path, token, "application/json", json(body));
  }

  public Reply patch(String path, String token, Object body) {
    return send("PATCH", path, token, "application/json", json(body));
  }

  /** Any request; a String body is sent as it is, anything else as JSON. */
  public Reply send(String method, String path, String token, String contentType, String body) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return sendBytes(method, path, token, contentType, bytes);
  }

  public Reply sendBytes(
      String method, String path, String token, String contentType, byte[] body) {
    return exchange(method, path, token, contentType, body, Map.of());
  }

  /** A JSON POST with extra request headers, such as {@code Idempotency-Key}. */
  public Reply post(String path, String token, Object body, Map<String, String> headers) {
    byte[] bytes = json(body).getBytes(StandardCharsets.UTF_8);
    return exchange("POST", path, token, "application/json", bytes, headers);
  }

  private Reply exchange(
      String method,
      String path,
      String token,
      String contentType,
      byte[] body,
      Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      var response = client.send(request.build(), BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Creates a team as admin and returns its id. */
  public String createTeam() {
    return post("/api/v1/teams", Tokens.admin(), Map.of("name", "team " + UUID.randomUUID()))
        .expect(201)
        .json()
        .get("id")
        .asText();
  }

  /** Adds an event type to the catalog as admin and returns its name. */
  public String createEventType(String prefix) {
    String name = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    post("/api/v1/event-types", Tokens.admin(), Map.of("name", name, "description", "test"))
        .expect(201);
    return name;
  }

  /** Creates a subscription of the team to all events and returns the whole answer. */
  public JsonNode createSubscription(String teamId, String token) {
    return post(
            "/api/v1/teams/" + teamId + "/subscriptions",
            token,
            Map.of("url", "https://example.com/hooks", "eventTypes", List.of("*")))
        .expect(201)
        .json();
  }

  static String json(Object body) {
    if (body instanceof String text) {
      return text;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}
