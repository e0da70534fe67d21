package io.hookline.adapter.rest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An HTTP answer as a client sees it: status, headers and body. */
public record Reply(int status, Map<String, List<String>> headers, String body) {

  public JsonNode json() {
    return Api.parse(body);
  }

  public String header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().getFirst())
        .findFirst()
        .orElse(null);
  }

  public String contentType() {
    String value = header("Content-Type");
    return value == null ? null : value.split(";")[0].trim();
  }

  /** Fails with the body in the message when the status is not the expected one. */
  public Reply expect(int expected) {
    assertEquals(expected, status, () -> "unexpected status; body: " + body);
    return this;
  }

  /** Asserts a problem details body with the status, and returns it. */
  public JsonNode expectProblem(int expected) {
    expect(expected);
    assertEquals("application/problem+json", contentType(), () -> "content type of " + body);
    JsonNode problem = json();
    assertEquals("about:blank", problem.path("type").asText());
    assertEquals(expected, problem.path("status").asInt());
    return problem;
  }

  /** The fields named in a problem's errors, in order. */
  public List<String> errorFields() {
    List<String> fields = new ArrayList<>();
    json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }
}
