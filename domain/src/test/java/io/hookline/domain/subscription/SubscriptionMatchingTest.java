package io.hookline.domain.subscription;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionMatchingTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final EventTypeName ORDER_CREATED = new EventTypeName("order.created");
  private static final EventTypeName ORDER_PAID = new EventTypeName("order.paid");
  private static final EventTypeName INVOICE_PAID = new EventTypeName("invoice.paid");

  private static Subscription selecting(String... selectors) {
    var settings =
        SubscriptionSettings.of(
            new WebhookUrl("https://receiver.example/hook"),
            EventSelectors.parse(List.of(selectors)));
    return Subscription.create(
        new SubscriptionId(UUID.randomUUID()),
        new TeamId(UUID.randomUUID()),
        settings,
        SigningSecret.generate(),
        NOW);
  }

  @Test
  void anExactSelectorMatchesOnlyThatType() {
    var subscription = selecting("order.created");
    assertTrue(subscription.wants(ORDER_CREATED, null, null));
    assertFalse(subscription.wants(ORDER_PAID, null, null));
  }

  @Test
  void theWildcardMatchesEveryType() {
    var subscription = selecting("*");
    assertTrue(subscription.wants(ORDER_CREATED, null, null));
    assertTrue(subscription.wants(INVOICE_PAID, null, null));
  }

  @Test
  void aPrefixSelectorMatchesTypesUnderThatPrefixOnly() {
    var subscription = selecting("order.*");
    assertTrue(subscription.wants(ORDER_CREATED, null, null));
    assertTrue(subscription.wants(ORDER_PAID, null, null));
    assertFalse(subscription.wants(INVOICE_PAID, null, null));
    assertFalse(subscription.wants(new EventTypeName("orders.created"), null, null));
  }

  @Test
  void anyOfSeveralSelectorsIsEnough() {
    var subscription = selecting("invoice.paid", "order.created");
    assertTrue(subscription.wants(INVOICE_PAID, null, null));
    assertTrue(subscription.wants(ORDER_CREATED, null, null));
    assertFalse(subscription.wants(ORDER_PAID, null, null));
  }

  @Test
  void anObjectFilterLetsThroughOnlyEventsAboutThatObject() {
    var base = selecting("*");
    var filtered =
        base.reconfigure(
            base.settings().withFilter(Optional.of(new ObjectFilter("packet", "p-1"))), NOW);
    assertTrue(filtered.wants(ORDER_CREATED, "packet", "p-1"));
    assertFalse(filtered.wants(ORDER_CREATED, "packet", "p-2"));
    assertFalse(filtered.wants(ORDER_CREATED, "parcel", "p-1"));
    assertFalse(filtered.wants(ORDER_CREATED, null, null));
  }

  @Test
  void withoutAFilterEventsAboutAnyObjectMatch() {
    assertTrue(selecting("*").wants(ORDER_CREATED, "packet", "p-1"));
  }

  @Test
  void aDisabledSubscriptionWantsNothingUntilEnabledAgain() {
    var disabled = selecting("*").disable("receiver gone", NOW);
    assertFalse(disabled.wants(ORDER_CREATED, null, null));
    assertTrue(disabled.enable(NOW).wants(ORDER_CREATED, null, null));
  }

  @Test
  void aDeletedSubscriptionWantsNothing() {
    assertFalse(selecting("*").delete(NOW).wants(ORDER_CREATED, null, null));
  }
}
