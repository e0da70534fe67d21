package io.hookline.adapter.delivery.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriberHeadersTest {

  private static SubscriptionSettings withHeaders(Map<String, String> headers) {
    return SubscriptionSettings.of(
            new WebhookUrl("https://receiver.example/hook"), EventSelectors.parse(List.of("*")))
        .withHeaders(new CustomHeaders(headers))
        .withAuthorizationToken(Optional.of(new AuthorizationToken("tok")));
  }

  @Test
  void customHeadersAndTheBearerTokenAreAdded() {
    Map<String, String> headers = new LinkedHashMap<>();
    WireFormat.addSubscriberHeaders(headers, withHeaders(Map.of("X-Tenant", "acme")));
    assertEquals(Map.of("X-Tenant", "acme", "Authorization", "Bearer tok"), headers);
  }

  @Test
  void aCustomHeaderNeverReplacesOneTheFormatSetWhateverItsCase() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Api-Signature", "from-the-format");
    WireFormat.addSubscriberHeaders(headers, withHeaders(Map.of("x-api-signature", "forged")));
    assertEquals("from-the-format", headers.get("X-Api-Signature"));
    assertEquals(2, headers.size());
  }
}
