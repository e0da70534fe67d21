package io.hookline.domain.subscription;

import io.hookline.domain.event.Event;
import io.hookline.domain.event.ObjectRef;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's standing request to receive events of some types at a URL, with the secrets that sign
 * them. Immutable: every change returns the changed subscription.
 */
public final class Subscription {

  private final SubscriptionId id;
  private final TeamId teamId;
  private final SubscriptionSettings settings;
  private final SigningSecrets secrets;
  private final boolean enabled;
  private final Optional<String> disabledReason;
  private final Optional<Instant> failingSince;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Optional<Instant> deletedAt;

  private Subscription(
      SubscriptionId id,
      TeamId teamId,
      SubscriptionSettings settings,
      SigningSecrets secrets,
      boolean enabled,
      Optional<String> disabledReason,
      Optional<Instant> failingSince,
      Instant createdAt,
      Instant updatedAt,
      Optional<Instant> deletedAt) {
    this.id = Objects.requireNonNull(id);
    this.teamId = Objects.requireNonNull(teamId);
    this.settings = Objects.requireNonNull(settings);
    this.secrets = Objects.requireNonNull(secrets);
    this.enabled = enabled;
    this.disabledReason = Objects.requireNonNull(disabledReason);
    this.failingSince = Objects.requireNonNull(failingSince);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.updatedAt = Objects.requireNonNull(updatedAt);
    this.deletedAt = Objects.requireNonNull(deletedAt);
  }

  /** A new, enabled subscription signing with {@code secret}. */
  public static Subscription create(
      SubscriptionId id,
      TeamId teamId,
      SubscriptionSettings settings,
      SigningSecret secret,
      Instant now) {
    return new Subscription(
        id,
        teamId,
        settings,
        SigningSecrets.of(secret),
        true,
        Optional.empty(),
        Optional.empty(),
        now,
        now,
        Optional.empty());
  }

  public static Subscription reconstitute(
      SubscriptionId id,
      TeamId teamId,
      SubscriptionSettings settings,
      SigningSecrets secrets,
      boolean enabled,
      Optional<String> disabledReason,
      Optional<Instant> failingSince,
      Instant createdAt,
      Instant updatedAt,
      Optional<Instant> deletedAt) {
    return new Subscription(
        id,
        teamId,
        settings,
        secrets,
        enabled,
        disabledReason,
        failingSince,
        createdAt,
        updatedAt,
        deletedAt);
  }

  /**
   * Whether this subscription wants an event of {@code type}, about the given object (either part
   * may be null): it must be live, select the type, and pass its object filter if it has one.
   */
  public boolean wants(EventTypeName type, String objectType, String objectId) {
    return isLive()
        && settings.selectors().matches(type)
        && settings.filter().map(f -> f.matches(objectType, objectId)).orElse(true);
  }

  /**
   * Whether this subscription wants the event (see {@link #wants(EventTypeName, String, String)}).
   */
  public boolean wants(Event event) {
    return wants(
        event.type(),
        event.object().map(ObjectRef::type).orElse(null),
        event.object().map(ObjectRef::id).orElse(null));
  }

  /** Enabled and not deleted: deliveries are made to it. */
  public boolean isLive() {
    return enabled && deletedAt.isEmpty();
  }

  public Subscription reconfigure(SubscriptionSettings newSettings, Instant now) {
    return new Subscription(
        id,
        teamId,
        newSettings,
        secrets,
        enabled,
        disabledReason,
        failingSince,
        createdAt,
        now,
        deletedAt);
  }

  /** Turns deliveries back on and forgets why they were off and since when they failed. */
  public Subscription enable(Instant now) {
    return new Subscription(
        id,
        teamId,
        settings,
        secrets,
        true,
        Optional.empty(),
        Optional.empty(),
        createdAt,
        now,
        deletedAt);
  }

  public Subscription disable(String reason, Instant now) {
    return new Subscription(
        id,
        teamId,
        settings,
        secrets,
        false,
        Optional.ofNullable(reason),
        failingSince,
        createdAt,
        now,
        deletedAt);
  }

  public Subscription rotateSecret(SigningSecret next, Instant now, Duration overlap) {
    return new Subscription(
        id,
        teamId,
        settings,
        secrets.rotate(next, now, overlap),
        enabled,
        disabledReason,
        failingSince,
        createdAt,
        now,
        deletedAt);
  }

  /** Notes a failed delivery: the start of a failing streak is remembered. */
  public Subscription recordFailure(Instant now) {
    if (failingSince.isPresent()) {
      return this;
    }
    return new Subscription(
        id,
        teamId,
        settings,
        secrets,
        enabled,
        disabledReason,
        Optional.of(now),
        createdAt,
        updatedAt,
        deletedAt);
  }

  /** Notes a successful delivery: any failing streak is over. */
  public Subscription recordSuccess() {
    if (failingSince.isEmpty()) {
      return this;
    }
    return new Subscription(
        id,
        teamId,
        settings,
        secrets,
        enabled,
        disabledReason,
        Optional.empty(),
        createdAt,
        updatedAt,
        deletedAt);
  }

  /** Soft deletion: the subscription disappears from the API, its history stays. */
  public Subscription delete(Instant now) {
    return new Subscription(
        id,
        teamId,
        settings,
        secrets,
        enabled,
        disabledReason,
        failingSince,
        createdAt,
        now,
        Optional.of(now));
  }

  public SubscriptionId id() {
    return id;
  }

  public TeamId teamId() {
    return teamId;
  }

  public SubscriptionSettings settings() {
    return settings;
  }

  public SigningSecrets secrets() {
    return secrets;
  }

  public boolean enabled() {
    return enabled;
  }

  public Optional<String> disabledReason() {
    return disabledReason;
  }

  public Optional<Instant> failingSince() {
    return failingSince;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> deletedAt() {
    return deletedAt;
  }

  public boolean isDeleted() {
    return deletedAt.isPresent();
  }
}
