package io.hookline.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.application.fake.InMemoryDeliveryStore;
import io.hookline.application.fake.InMemoryEventTypeRepository;
import io.hookline.application.fake.InMemorySubscriptionRepository;
import io.hookline.application.fake.InMemoryTeamRepository;
import io.hookline.application.fake.SequentialIdGenerator;
import io.hookline.application.port.in.PublishEventUseCase.PublishEventCommand;
import io.hookline.application.port.out.DeliveryMetrics;
import io.hookline.application.port.out.WebhookSender;
import io.hookline.domain.access.Actor;
import io.hookline.domain.delivery.AttemptResult;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryPolicy;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.delivery.RetrySchedule;
import io.hookline.domain.event.Event;
import io.hookline.domain.event.EventData;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import io.hookline.domain.team.TeamName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryDispatcherTest {

  private final Clock clock = Clock.systemUTC();
  private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
  private final InMemoryEventTypeRepository types = new InMemoryEventTypeRepository();
  private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
  private final InMemoryDeliveryStore store = new InMemoryDeliveryStore();
  private final SequentialIdGenerator ids = new SequentialIdGenerator();
  private final FanOut fanOut = new FanOut(subscriptions, store, ids, clock);
  private final PublishEventService publish =
      new PublishEventService(new TeamAccess(teams), new EventTypeCatalog(types), fanOut);
  private final TeamId team = new TeamId(UUID.randomUUID());
  private final List<WebhookSender.OutgoingWebhook> sent = new CopyOnWriteArrayList<>();
  private final List<DeliveryDispatcher> dispatchers = new CopyOnWriteArrayList<>();

  @BeforeEach
  void teamAndCatalog() {
    teams.add(Team.create(team, new TeamName("acme"), clock.instant()));
    for (String name : List.of("order.created", "hookline.subscription.disabled")) {
      types.add(EventType.define(new EventTypeName(name), "", clock.instant()));
    }
  }

  @AfterEach
  void stopDispatchers() throws InterruptedException {
    for (DeliveryDispatcher dispatcher : dispatchers) {
      dispatcher.stop();
    }
  }

  private DeliveryDispatcher dispatcher(
      Function<WebhookSender.OutgoingWebhook, CompletionStage<AttemptResult>> receiver,
      Duration disableAfter,
      Duration lease,
      int maxInFlight) {
    WebhookSender sender =
        webhook -> {
          sent.add(webhook);
          return receiver.apply(webhook);
        };
    var policy = new DeliveryPolicy(RetrySchedule.parse("20ms,20ms"), disableAfter, new Random());
    var settings =
        new DispatcherSettings(
            16, maxInFlight, lease, Duration.ofMillis(20), Duration.ofMillis(200));
    var dispatcher =
        new DeliveryDispatcher(
            store,
            store,
            subscriptions,
            sender,
            new Outcomes(policy),
            new SubscriptionDisabler(subscriptions, fanOut),
            DeliveryMetrics.NONE,
            clock,
            settings);
    dispatchers.add(dispatcher);
    dispatcher.start();
    return dispatcher;
  }

  private DeliveryDispatcher dispatcher(
      Function<WebhookSender.OutgoingWebhook, CompletionStage<AttemptResult>> receiver) {
    return dispatcher(receiver, Duration.ofDays(5), Duration.ofSeconds(30), 64);
  }

  private static CompletionStage<AttemptResult> status(int code) {
    return CompletableFuture.completedFuture(
        new AttemptResult.Responded(code, "body " + code, Duration.ofMillis(2), Optional.empty()));
  }

  private Subscription subscribe(String selector) {
    var settings =
        SubscriptionSettings.of(
            new WebhookUrl("https://receiver.example/" + selector),
            EventSelectors.parse(List.of(selector)));
    var subscription =
        Subscription.create(
            new SubscriptionId(ids.next()),
            team,
            settings,
            SigningSecret.generate(),
            clock.instant());
    subscriptions.add(subscription);
    return subscription;
  }

  private Event publishOrderCreated() {
    return publish.publish(
        new PublishEventCommand(
            Actor.admin("test"),
            team,
            new EventTypeName("order.created"),
            new EventData("{\"n\":1}"),
            Optional.empty(),
            Optional.empty()));
  }

  private Delivery deliveryOf(Subscription subscription) {
    return store.allDeliveries().stream()
        .filter(d -> d.subscriptionId().equals(subscription.id()))
        .findFirst()
        .orElseThrow();
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(5);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("condition not met within 5 s");
      }
      Thread.sleep(5);
    }
  }

  @Test
  void aPublishedEventIsDeliveredToEveryMatchingSubscriptionOnce() throws Exception {
    var a = subscribe("order.created");
    var b = subscribe("order.*");
    var other = subscribe("invoice.paid");
    dispatcher(w -> status(204));
    Event event = publishOrderCreated();
    assertEquals(2, event.fanout());
    eventually(
        () -> store.allDeliveries().stream().allMatch(d -> d.status() == DeliveryStatus.SUCCEEDED));
    assertEquals(2, sent.size());
    assertTrue(sent.stream().noneMatch(w -> w.subscription().id().equals(other.id())));
    assertEquals(1, store.attemptsOf(deliveryOf(a).id()).size());
    assertEquals(204, store.attemptsOf(deliveryOf(b).id()).getFirst().statusCode().orElseThrow());
  }

  @Test
  void aFailingReceiverIsRetriedUntilItSucceeds() throws Exception {
    var sub = subscribe("order.created");
    dispatcher(w -> status(w.attemptNumber() < 3 ? 500 : 200));
    publishOrderCreated();
    eventually(() -> deliveryOf(sub).status() == DeliveryStatus.SUCCEEDED);
    assertEquals(3, deliveryOf(sub).attempts());
    assertEquals(
        List.of(500, 500, 200),
        store.attemptsOf(deliveryOf(sub).id()).stream()
            .map(a -> a.statusCode().orElseThrow())
            .toList());
  }

  @Test
  void aDeliveryThatFailsEveryAttemptEndsFailedAndItsSubscriptionIsMarkedFailing()
      throws Exception {
    var sub = subscribe("order.created");
    dispatcher(w -> status(503));
    publishOrderCreated();
    eventually(() -> deliveryOf(sub).status() == DeliveryStatus.FAILED);
    assertEquals(3, deliveryOf(sub).attempts());
    eventually(() -> subscriptions.stored(sub.id()).orElseThrow().failingSince().isPresent());
  }

  @Test
  void goneDisablesTheSubscriptionAndAnnouncesItToTheTeam() throws Exception {
    var gone = subscribe("order.created");
    var ops = subscribe("hookline.subscription.disabled");
    dispatcher(w -> status(w.subscription().id().equals(gone.id()) ? 410 : 200));
    publishOrderCreated();
    eventually(() -> !subscriptions.stored(gone.id()).orElseThrow().enabled());
    assertEquals(DeliveryStatus.FAILED, deliveryOf(gone).status());
    assertEquals(1, deliveryOf(gone).attempts());
    assertEquals(
        "the endpoint answered 410 Gone",
        subscriptions.stored(gone.id()).orElseThrow().disabledReason().orElseThrow());
    eventually(() -> deliveryOf(ops).status() == DeliveryStatus.SUCCEEDED);
    var notice = sent.stream().filter(w -> w.subscription().id().equals(ops.id())).findFirst();
    assertTrue(notice.orElseThrow().event().data().json().contains(gone.id().toString()));
  }

  @Test
  void aSubscriptionFailingLongerThanTheLimitIsDisabled() throws Exception {
    var sub = subscribe("order.created");
    subscriptions.markFailing(List.of(sub.id()), clock.instant().minus(Duration.ofDays(6)));
    dispatcher(w -> status(500));
    publishOrderCreated();
    eventually(() -> !subscriptions.stored(sub.id()).orElseThrow().enabled());
    assertTrue(
        subscriptions
            .stored(sub.id())
            .orElseThrow()
            .disabledReason()
            .orElseThrow()
            .startsWith("deliveries failed continuously since"));
  }

  @Test
  void aSuccessEndsAFailingStreak() throws Exception {
    var sub = subscribe("order.created");
    subscriptions.markFailing(List.of(sub.id()), clock.instant().minus(Duration.ofDays(1)));
    dispatcher(w -> status(200));
    publishOrderCreated();
    eventually(() -> subscriptions.stored(sub.id()).orElseThrow().failingSince().isEmpty());
    assertTrue(subscriptions.stored(sub.id()).orElseThrow().enabled());
  }

  @Test
  void aSkippedAttemptIsPostponedWithoutCountingIt() throws Exception {
    var sub = subscribe("order.created");
    dispatcher(
        w ->
            CompletableFuture.completedFuture(
                w.attemptNumber() == 1 && sent.size() < 3
                    ? new AttemptResult.NotAttempted("circuit open", Instant.now().plusMillis(10))
                    : new AttemptResult.Responded(200, "", Duration.ZERO, Optional.empty())));
    publishOrderCreated();
    eventually(() -> deliveryOf(sub).status() == DeliveryStatus.SUCCEEDED);
    assertEquals(1, deliveryOf(sub).attempts());
    assertEquals(3, sent.size());
  }

  @Test
  void deliveriesOfADeletedSubscriptionFailWithoutAnAttempt() throws Exception {
    var sub = subscribe("order.created");
    publishOrderCreated();
    subscriptions.update(sub.delete(clock.instant()));
    dispatcher(w -> status(200));
    eventually(() -> deliveryOf(sub).status() == DeliveryStatus.FAILED);
    assertEquals("the subscription was deleted", deliveryOf(sub).lastError().orElseThrow());
    assertTrue(sent.isEmpty());
  }

  @Test
  void stoppingGivesUnfinishedDeliveriesBackToTheQueue() throws Exception {
    var sub = subscribe("order.created");
    var dispatcher = dispatcher(w -> new CompletableFuture<>());
    publishOrderCreated();
    eventually(() -> dispatcher.inFlight() == 1);
    dispatcher.stop();
    assertEquals(DeliveryStatus.PENDING, deliveryOf(sub).status());
    assertEquals(0, deliveryOf(sub).attempts());
  }

  @Test
  void whenASenderDiesMidFlightTheLeaseExpiresAndAnotherDispatcherDelivers() throws Exception {
    var sub = subscribe("order.created");
    // A worker that hangs on its only slot forever is, to the queue, a crashed instance.
    var crashed =
        dispatcher(w -> new CompletableFuture<>(), Duration.ofDays(5), Duration.ofMillis(300), 1);
    publishOrderCreated();
    eventually(() -> crashed.inFlight() == 1);
    dispatcher(w -> status(200), Duration.ofDays(5), Duration.ofMillis(300), 64);
    eventually(() -> deliveryOf(sub).status() == DeliveryStatus.SUCCEEDED);
    assertEquals(2, sent.size());
    assertEquals(sent.get(0).deliveryId(), sent.get(1).deliveryId());
    assertEquals(1, deliveryOf(sub).attempts());
  }
}
