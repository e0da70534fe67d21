package io.hookline.adapter.rest.v1;

import io.hookline.domain.common.Validation;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import java.util.UUID;
import java.util.function.Function;

/**
 * The two ids of a path such as {@code /api/v1/teams/{teamId}/deliveries/{deliveryId}}: the team
 * and one of its resources, both checked so that one 400 names every malformed id.
 */
record TeamPath<T>(TeamId teamId, T id) {

  static TeamPath<SubscriptionId> subscription(String teamId, String subscriptionId) {
    return parse(teamId, "subscriptionId", subscriptionId, SubscriptionId::new);
  }

  static TeamPath<EventId> event(String teamId, String eventId) {
    return parse(teamId, "eventId", eventId, EventId::new);
  }

  static TeamPath<DeliveryId> delivery(String teamId, String deliveryId) {
    return parse(teamId, "deliveryId", deliveryId, DeliveryId::new);
  }

  private static <T> TeamPath<T> parse(
      String teamId, String name, String id, Function<UUID, T> type) {
    Validation validation = new Validation();
    TeamId team = Parameters.id(validation, "teamId", teamId, TeamId::new);
    T resource = Parameters.id(validation, name, id, type);
    validation.throwIfInvalid();
    return new TeamPath<>(team, resource);
  }
}
