package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the {@link IdGenerator} must do: ids that increase as they are made, in the order the
 * database sorts them, so that listings by id follow creation order.
 */
abstract class IdGeneratorContract extends DatabaseSuite {

  private IdGenerator ids;

  @BeforeEach
  void resolveBeans() {
    ids = bean(IdGenerator.class);
  }

  @Test
  void idsIncreaseStrictlyEvenWhenManyAreMadeInOneMillisecond() {
    List<String> made = IntStream.range(0, 10_000).mapToObj(i -> ids.next().toString()).toList();

    for (int i = 1; i < made.size(); i++) {
      assertTrue(made.get(i - 1).compareTo(made.get(i)) < 0, made.get(i - 1) + " < " + made.get(i));
    }
  }

  @Test
  void idsAreVersion7TimeOrderedUuids() {
    UUID id = ids.next();

    assertEquals(7, id.version());
    assertEquals(2, id.variant());
  }

  @Test
  void theDatabaseListsIdsInTheOrderTheyWereMade() {
    TeamId team = Fixtures.storedTeam(bean(TeamRepository.class), ids);
    List<Subscription> made =
        IntStream.range(0, 20).mapToObj(i -> Fixtures.minimalSubscription(team, ids)).toList();
    List<Subscription> shuffled = new ArrayList<>(made);
    Collections.shuffle(shuffled, new Random(7));
    SubscriptionRepository subscriptions = bean(SubscriptionRepository.class);
    shuffled.forEach(subscriptions::add);

    List<SubscriptionId> inOrderMade = made.stream().map(Subscription::id).toList();
    List<Subscription> page = subscriptions.list(team, PageRequest.first(50)).items();

    assertEquals(inOrderMade, subscriptions.listAll(team).stream().map(Subscription::id).toList());
    assertEquals(inOrderMade, page.stream().map(Subscription::id).toList());
  }
}
