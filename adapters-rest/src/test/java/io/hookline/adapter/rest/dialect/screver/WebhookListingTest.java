package io.hookline.adapter.rest.dialect.screver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.subscription.EventSelector;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.TeamId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookListingTest {

  private static final Instant T0 = Instant.parse("2019-10-07T14:13:42.489Z");

  private final Subscription oldest = webhook(0, 30);
  private final Subscription middle = webhook(10, 10);
  private final Subscription newest = webhook(20, 20);
  private final List<Subscription> all = List.of(oldest, middle, newest);

  private static Subscription webhook(long createdSecond, long updatedSecond) {
    Subscription created =
        Subscription.create(
            new SubscriptionId(UUID.randomUUID()),
            new TeamId(UUID.randomUUID()),
            SubscriptionSettings.of(
                new WebhookUrl("https://example.com/h"), EventSelectors.of(EventSelector.ALL)),
            SigningSecret.generate(),
            T0.plusSeconds(createdSecond));
    return created.reconfigure(created.settings(), T0.plusSeconds(updatedSecond));
  }

  private List<Subscription> page(Map<String, String> query) {
    return WebhookListing.parse(query::get).page(all);
  }

  @Test
  void withoutSortTheNewestComeFirstAsInTheDocument() {
    assertEquals(List.of(newest, middle, oldest), page(Map.of("limit", "5")));
  }

  @Test
  void theDocumentsUnquotedSortObjectAndItsJsonFormBothWork() {
    assertEquals(
        List.of(oldest, middle, newest), page(Map.of("limit", "5", "sort", "{ createdAt: 1 }")));
    assertEquals(
        List.of(oldest, newest, middle), page(Map.of("limit", "5", "sort", "{\"updatedAt\":-1}")));
    assertEquals(
        List.of(middle, newest, oldest), page(Map.of("limit", "5", "sort[updatedAt]", "1")));
  }

  @Test
  void skipAndLimitCutThePageOutOfTheSortedWebhooks() {
    assertEquals(List.of(middle, oldest), page(Map.of("limit", "5", "skip", "1")));
    assertEquals(List.of(), page(Map.of("limit", "5", "skip", "99999999999999999999999")));
  }

  @Test
  void aSortOnAnotherKeyOrWithSeveralKeysIsRefused() {
    for (Map<String, String> query :
        List.of(
            Map.of("limit", "5", "sort", "{ url: 1 }"),
            Map.of("limit", "5", "sort", "{ createdAt: -1, updatedAt: 1 }"),
            Map.of("limit", "5", "sort", "{ createdAt: 2 }"),
            Map.of("limit", "5", "sort[createdAt]", "-1", "sort[updatedAt]", "1"),
            Map.of("limit", "5", "sort", "{ createdAt: 1 }", "sort[createdAt]", "1"))) {
      var error = assertThrows(InvalidInputException.class, () -> page(query), query::toString);
      assertEquals("sort", error.errors().getFirst().field());
    }
  }
}
