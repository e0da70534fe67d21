package io.hookline.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookline.bootstrap.TokenMinter;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A whole Hookline service on a random port, driven over HTTP like a user would. */
final class HooklineInstance implements AutoCloseable {

  static final String JWT_SECRET = "end-to-end-secret-end-to-end-secret-0123";
  static final ObjectMapper JSON = new ObjectMapper();

  private final ApplicationContext context;
  private final EmbeddedServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private HooklineInstance(ApplicationContext context) {
    this.context = context;
    this.server = context.getBean(EmbeddedServer.class);
  }

  /** Starts the service on {@code jdbcUrl} with the test secret and any extra properties. */
  static HooklineInstance start(String jdbcUrl, Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("micronaut.server.port", -1);
    properties.put("datasources.default.url", jdbcUrl);
    properties.put("hookline.jwt-secret", JWT_SECRET);
    properties.putAll(extra);
    return new HooklineInstance(
        ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext());
  }

  static HooklineInstance start(String jdbcUrl) {
    return start(jdbcUrl, Map.of());
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  URI uri(String path) {
    return server.getURI().resolve(path);
  }

  static String token(List<String> roles, List<String> teams) {
    return new TokenMinter(JWT_SECRET).mint("e2e", roles, teams, Duration.ofHours(1));
  }

  static String adminToken() {
    return token(List.of("admin"), List.of());
  }

  HttpResponse<String> send(
      String method, String path, String token, String body, String... headers) {
    var request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a request that must answer {@code status}, and returns the JSON body. */
  JsonNode call(int status, String method, String path, String token, String body) {
    HttpResponse<String> response = send(method, path, token, body);
    if (response.statusCode() != status) {
      throw new AssertionError(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    try {
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
