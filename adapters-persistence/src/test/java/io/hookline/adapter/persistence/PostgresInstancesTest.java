package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.application.port.out.ClaimedDelivery;
import io.hookline.application.port.out.DeliveryQueue;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.subscription.SubscriptionId;
import io.micronaut.context.ApplicationContext;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one PostgreSQL database, as two application contexts with their
 * own connection pools and listeners: they wake each other and never claim the same delivery.
 */
class PostgresInstancesTest extends DatabaseSuite {

  private ApplicationContext otherInstance;
  private DeliveryQueue queue;
  private Publisher otherPublisher;
  private SubscriptionId subscription;

  @Override
  protected Map<String, Object> database() {
    return TestDatabases.postgres();
  }

  @BeforeEach
  void startTheOtherInstance() {
    if (otherInstance == null) {
      otherInstance = ApplicationContext.run(database());
    }
    queue = bean(DeliveryQueue.class);
    otherPublisher = new Publisher(otherInstance);
    subscription = otherPublisher.subscription();
  }

  @AfterAll
  void stopTheOtherInstance() {
    if (otherInstance != null) {
      otherInstance.close();
    }
  }

  @Test
  void anAppendInOneInstanceWakesADispatcherWaitingInTheOther() throws Exception {
    Duration woken =
        Wake.timeToWake(queue, () -> otherPublisher.publishOne(Publisher.FUTURE, subscription));

    assertTrue(woken.compareTo(Wake.PROMPTLY) < 0, "woken after " + woken);
  }

  @Test
  void twoInstancesClaimingTogetherNeverShareADeliveryAndBothGetWork() throws Exception {
    QueueWindow window = QueueWindow.random();
    QueueWindow.finishAll(queue, window.start);
    SubscriptionId[] to =
        IntStream.range(0, 3000).mapToObj(i -> subscription).toArray(SubscriptionId[]::new);
    List<Delivery> due = otherPublisher.publish(window.at(1), to);
    DeliveryQueue otherQueue = otherInstance.getBean(DeliveryQueue.class);
    try {
      List<Callable<List<DeliveryId>>> claimers =
          List.of(
              () -> claimUntilNoneLeft(queue, window),
              () -> claimUntilNoneLeft(otherQueue, window));

      List<List<DeliveryId>> claimed = Concurrently.run(claimers);

      Set<DeliveryId> byThis = new HashSet<>(claimed.get(0));
      Set<DeliveryId> byOther = new HashSet<>(claimed.get(1));
      assertFalse(byThis.isEmpty(), "this instance claimed some");
      assertFalse(byOther.isEmpty(), "the other instance claimed some");
      assertEquals(due.size(), claimed.get(0).size() + claimed.get(1).size(), "none claimed twice");
      byThis.addAll(byOther);
      assertEquals(Set.copyOf(due.stream().map(Delivery::id).toList()), byThis);
    } finally {
      QueueWindow.finishAll(queue, window.end());
    }
  }

  @Test
  void listenersThatLostTheirConnectionsReconnectAndStillWakeEachOther() throws Exception {
    otherInstance.getBean(DeliveryQueue.class);
    Set<Integer> lost = listenerBackends();
    assertTrue(lost.size() >= 2, "both instances listen: " + lost);

    terminate(lost);

    awaitListeners(lost);
    Duration woken =
        Wake.timeToWake(queue, () -> otherPublisher.publishOne(Publisher.FUTURE, subscription));
    assertTrue(woken.compareTo(Wake.PROMPTLY) < 0, "woken after " + woken);
  }

  @Test
  void closingAnInstanceStopsItsListener() throws Exception {
    Set<Integer> before = listenerBackends();
    ApplicationContext third = ApplicationContext.run(database());
    third.getBean(DeliveryQueue.class);
    Set<Integer> started = listenerBackends();
    started.removeAll(before);

    third.close();

    assertEquals(1, started.size(), "the third instance listened on one connection");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (listenerBackends().containsAll(started) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertFalse(listenerBackends().containsAll(started), "its listener connection is gone");
  }

  private static List<DeliveryId> claimUntilNoneLeft(DeliveryQueue queue, QueueWindow window) {
    List<DeliveryId> mine = new ArrayList<>();
    List<ClaimedDelivery> claimed;
    while (!(claimed = queue.claim(25, window.at(2), QueueWindow.LEASE)).isEmpty()) {
      claimed.forEach(c -> mine.add(c.id()));
    }
    return mine;
  }

  /** Waits until both instances listen again, on backends other than the lost ones. */
  private void awaitListeners(Set<Integer> lost) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Set<Integer> now;
    do {
      Thread.sleep(50);
      now = listenerBackends();
      now.removeAll(lost);
    } while (now.size() < 2 && System.nanoTime() < deadline);
    assertTrue(now.size() >= 2, "both listeners reconnected: " + now);
  }

  private Set<Integer> listenerBackends() {
    Set<Integer> pids =
        bean(Jdbc.class)
            .inTransaction(
                connection -> {
                  Set<Integer> found = new HashSet<>();
                  try (Statement statement = connection.createStatement();
                      ResultSet listeners =
                          statement.executeQuery(
                              "SELECT pid FROM pg_stat_activity"
                                  + " WHERE application_name = 'hookline-listener'"
                                  + " AND datname = current_database()")) {
                    while (listeners.next()) {
                      found.add(listeners.getInt(1));
                    }
                  }
                  return found;
                });
    return pids;
  }

  private void terminate(Set<Integer> pids) {
    bean(Jdbc.class)
        .inTransaction(
            connection -> {
              try (Statement statement = connection.createStatement()) {
                for (int pid : pids) {
                  statement.execute("SELECT pg_terminate_backend(" + pid + ")");
                }
              }
              return null;
            });
  }
}
