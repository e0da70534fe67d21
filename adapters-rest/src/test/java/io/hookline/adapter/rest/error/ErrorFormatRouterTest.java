package io.hookline.adapter.rest.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The error format of a request is the one whose prefix matches its path most specifically. */
class ErrorFormatRouterTest {

  private final ErrorFormat fallback = format("/");
  private final ErrorFormat seed000 = format("/api/v1/webhooks", "/api/v1/webhook");
  private final ErrorFormat seed001 = format("/WebHookSubscription", "/WebhookTest");
  private final ErrorFormatRouter router =
      new ErrorFormatRouter(List.of(fallback, seed000, seed001));

  @Test
  void theNativeFormatAnswersForPathsNoDialectClaims() {
    assertSame(fallback, router.formatFor("/api/v1/teams"));
    assertSame(fallback, router.formatFor("/"));
    assertSame(fallback, router.formatFor("/nothing"));
  }

  @Test
  void aDialectAnswersForEachOfItsPrefixes() {
    assertSame(seed000, router.formatFor("/api/v1/webhooks/events/register"));
    assertSame(seed000, router.formatFor("/api/v1/webhook/events"));
    assertSame(seed001, router.formatFor("/WebHookSubscription/Subscribe"));
    assertSame(seed001, router.formatFor("/WebhookTest/SimulateEvent"));
  }

  @Test
  void prefixesMatchWholeSegmentsOnly() {
    assertTrue(ErrorFormatRouter.matches("/api/v1/webhook", "/api/v1/webhook"));
    assertTrue(ErrorFormatRouter.matches("/api/v1/webhook/", "/api/v1/webhook/x"));
    assertFalse(ErrorFormatRouter.matches("/api/v1/webhook", "/api/v1/webhookery"));
    assertSame(fallback, router.formatFor("/WebHookSubscriptions"));
  }

  private static ErrorFormat format(String... prefixes) {
    return new ErrorFormat() {
      @Override
      public Set<String> pathPrefixes() {
        return Set.of(prefixes);
      }

      @Override
      public MutableHttpResponse<?> render(ErrorContext context, MutableHttpResponse<?> response) {
        return response;
      }
    };
  }
}
