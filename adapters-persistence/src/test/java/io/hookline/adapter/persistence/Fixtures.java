package io.hookline.adapter.persistence;

import io.hookline.application.port.out.IdGenerator;
import io.hookline.application.port.out.TeamRepository;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.ObjectFilter;
import io.hookline.domain.subscription.SigningSecret;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.Team;
import io.hookline.domain.team.TeamId;
import io.hookline.domain.team.TeamName;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Domain objects for the suites, with names unique per call so that suites can share a database
 * with each other and with other modules' tests.
 */
final class Fixtures {

  /** A moment with nanoseconds, finer than the databases keep, so truncation is exercised. */
  static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456789Z");

  private Fixtures() {}

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "");
  }

  static Team team(IdGenerator ids) {
    return Team.create(new TeamId(ids.next()), new TeamName(unique("team ")), NOW);
  }

  /** A new team, already added to {@code teams}: subscriptions need one to belong to. */
  static TeamId storedTeam(TeamRepository teams, IdGenerator ids) {
    Team team = team(ids);
    teams.add(team);
    return team.id();
  }

  static EventType eventType(String name, String description) {
    return EventType.define(new EventTypeName(name), description, NOW);
  }

  static Subscription minimalSubscription(TeamId team, IdGenerator ids) {
    SubscriptionSettings settings =
        SubscriptionSettings.of(
            new WebhookUrl("https://receiver.example.com/hooks"),
            EventSelectors.parse(List.of("order.created")));
    return Subscription.create(
        new SubscriptionId(ids.next()), team, settings, SigningSecret.generate(), NOW);
  }

  /** A subscription with every optional part set: rotated, disabled and failing. */
  static Subscription fullyConfiguredSubscription(TeamId team, IdGenerator ids) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Tenant", "acme");
    headers.put("X-Quoted", "say \"hi\" \\ bye\tnow");
    headers.put("A-Last-In-Alphabet-First-In-Order", "ünïcødé ✓");
    SubscriptionSettings settings =
        new SubscriptionSettings(
            new WebhookUrl("https://receiver.example.com/hooks?source=hookline&x=1"),
            EventSelectors.parse(List.of("order.created", "*", "invoice.*", "code_challenge")),
            "Orders to the ERP — ✓",
            new CustomHeaders(headers),
            Optional.of(new AuthorizationToken("tok_3f8a.b-c~d")),
            Optional.of(new ObjectFilter("order", "o-42")),
            DeliveryFormat.CODEWARS);
    Subscription configured =
        Subscription.create(
                new SubscriptionId(ids.next()), team, settings, SigningSecret.generate(), NOW)
            .rotateSecret(SigningSecret.generate(), NOW.plusSeconds(60), Duration.ofHours(24))
            .disable("the endpoint kept failing", NOW.plusSeconds(120));
    return Subscription.reconstitute(
        configured.id(),
        configured.teamId(),
        configured.settings(),
        configured.secrets(),
        configured.enabled(),
        configured.disabledReason(),
        Optional.of(NOW.plusSeconds(90)),
        configured.createdAt(),
        configured.updatedAt(),
        configured.deletedAt());
  }
}
