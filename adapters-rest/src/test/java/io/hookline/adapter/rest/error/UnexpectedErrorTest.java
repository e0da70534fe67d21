package io.hookline.adapter.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A bug answers 500 problem details that tell the client nothing about the server's insides. */
@MicronautTest
@Property(name = "test.failing-endpoint", value = "on")
class UnexpectedErrorTest {

  private static final String INTERNALS = "connection to db-7.internal:5432 refused";

  @Inject EmbeddedServer server;

  @Test
  void anUnexpectedExceptionIsA500ProblemWithoutItsMessage() {
    Reply reply = new Api(server.getURI()).get("/api/v1/failing", Tokens.admin());
    JsonNode problem = reply.expectProblem(500);
    assertEquals("Internal Server Error", problem.get("title").asText());
    assertEquals(
        "an unexpected error occurred; it has been logged", problem.get("detail").asText());
    assertFalse(reply.body().contains(INTERNALS));
    assertFalse(reply.body().contains("IllegalStateException"));
  }

  /** An endpoint with a bug. */
  @Requires(property = "test.failing-endpoint", value = "on")
  @Controller("/api/v1/failing")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  static class FailingController {
    @Get
    String fail() {
      throw new IllegalStateException(INTERNALS);
    }
  }
}
