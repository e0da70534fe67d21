package io.hookline.adapter.rest.v1;

import io.hookline.domain.common.Ids;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;

/** The two ids in {@code /api/v1/teams/{teamId}/subscriptions/{subscriptionId}}, both checked. */
record SubscriptionPath(TeamId teamId, SubscriptionId subscriptionId) {

  static SubscriptionPath parse(String teamId, String subscriptionId) {
    Validation validation = new Validation();
    TeamId team = validation.field("teamId", () -> new TeamId(Ids.parse("", teamId)));
    SubscriptionId subscription =
        validation.field("subscriptionId", () -> new SubscriptionId(Ids.parse("", subscriptionId)));
    validation.throwIfInvalid();
    return new SubscriptionPath(team, subscription);
  }
}
