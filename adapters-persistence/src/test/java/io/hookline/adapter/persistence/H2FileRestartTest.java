package io.hookline.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.application.port.out.EventTypeRepository;
import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.team.Team;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 file database keeps everything across a restart of the service. */
class H2FileRestartTest {

  @TempDir Path dataDir;

  @Test
  void teamsEventTypesAndSubscriptionsSurviveARestart() {
    Team team;
    EventType type;
    Subscription subscription;
    try (ApplicationContext before = ApplicationContext.run(TestDatabases.h2File(dataDir))) {
      IdGenerator ids = before.getBean(IdGenerator.class);
      team = Fixtures.team(ids);
      type = Fixtures.eventType("order.created", "An order was made").archive();
      subscription = Fixtures.fullyConfiguredSubscription(team.id(), ids);
      before.getBean(TeamRepository.class).add(team);
      before.getBean(EventTypeRepository.class).add(type);
      before.getBean(SubscriptionRepository.class).add(subscription);
    }
    assertTrue(Files.isRegularFile(dataDir.resolve("hookline.mv.db")), "the database is a file");

    try (ApplicationContext after = ApplicationContext.run(TestDatabases.h2File(dataDir))) {
      assertEquals(
          team.name(),
          after.getBean(TeamRepository.class).findById(team.id()).orElseThrow().name());
      EventType reread =
          after.getBean(EventTypeRepository.class).findByName(type.name()).orElseThrow();
      assertTrue(reread.archived());
      assertEquals(
          Optional.of(SubscriptionSnapshot.of(subscription)),
          SubscriptionSnapshot.of(
              after.getBean(SubscriptionRepository.class).findById(team.id(), subscription.id())));
    }
  }
}
