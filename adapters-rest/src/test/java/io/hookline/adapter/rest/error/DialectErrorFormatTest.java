package io.hookline.adapter.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import io.hookline.domain.common.NotFoundException;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A dialect plugs its own error body in by declaring an {@link ErrorFormat} bean for its paths:
 * domain rejections, refused tokens and route misses under them use it, the rest stays native.
 */
@MicronautTest
@Property(name = "test.sample-dialect", value = "on")
class DialectErrorFormatTest {

  @Inject EmbeddedServer server;

  @Test
  void aDomainRejectionUnderTheDialectsPathUsesItsBodyAndStatus() {
    Reply reply = new Api(server.getURI()).get("/Sample/Thing", Tokens.admin());
    assertEquals(400, reply.status());
    assertEquals("text/plain", reply.contentType());
    assertEquals("The request is invalid", reply.body());
  }

  @Test
  void aRefusedTokenUnderTheDialectsPathUsesItsBody() {
    Reply reply = new Api(server.getURI()).get("/Sample/Thing", null);
    assertEquals(401, reply.status());
    assertEquals("Authorization has been denied for this request", reply.body());
  }

  @Test
  void theNativeApiKeepsProblemDetails() {
    new Api(server.getURI()).get("/api/v1/teams", null).expectProblem(401);
  }

  /** A dialect endpoint that always rejects, as an unknown id would. */
  @Requires(property = "test.sample-dialect", value = "on")
  @Controller("/Sample")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  static class SampleDialectController {
    @Get("/Thing")
    String thing() {
      throw new NotFoundException("thing", "x");
    }
  }

  /** A dialect whose documented errors are plain sentences, with unknown ids as 400. */
  @Requires(property = "test.sample-dialect", value = "on")
  @Singleton
  static class SampleDialectErrors implements ErrorFormat {
    @Override
    public Set<String> pathPrefixes() {
      return Set.of("/Sample");
    }

    @Override
    public MutableHttpResponse<?> render(ErrorContext context, MutableHttpResponse<?> response) {
      boolean unauthorized = response.code() == 401;
      if (!unauthorized) {
        response.status(HttpStatus.BAD_REQUEST);
      }
      return response
          .contentType(MediaType.TEXT_PLAIN_TYPE)
          .body(
              unauthorized
                  ? "Authorization has been denied for this request"
                  : "The request is invalid");
    }
  }
}
