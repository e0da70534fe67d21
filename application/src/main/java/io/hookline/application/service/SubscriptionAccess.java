package io.hookline.application.service;

import io.hookline.application.port.out.SubscriptionRepository;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;

/**
 * Shared steps of the subscription use cases: finding a subscription the actor may see, and
 * checking selectors against the catalog.
 */
public final class SubscriptionAccess {

  private final TeamAccess teamAccess;
  private final SubscriptionRepository subscriptions;
  private final EventTypeCatalog catalog;

  public SubscriptionAccess(
      TeamAccess teamAccess, SubscriptionRepository subscriptions, EventTypeCatalog catalog) {
    this.teamAccess = teamAccess;
    this.subscriptions = subscriptions;
    this.catalog = catalog;
  }

  /** A live or disabled subscription of the team; other teams' and deleted ones are not found. */
  public Subscription require(Actor actor, TeamId teamId, SubscriptionId id) {
    teamAccess.require(actor, teamId);
    return subscriptions
        .findById(teamId, id)
        .orElseThrow(() -> new NotFoundException("subscription", id));
  }

  /** Rejects selectors that name event types the catalog does not offer. */
  public void requireOffered(EventSelectors selectors) {
    try {
      selectors.requireOffered(catalog::offers);
    } catch (InvalidInputException e) {
      throw e.under("eventTypes");
    }
  }
}
