package io.hookline.adapter.rest.v1;

import io.hookline.application.port.in.ListDeliveriesUseCase.ListDeliveriesQuery;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Validation;
import io.hookline.domain.delivery.DeliveryStatus;
import io.hookline.domain.event.EventId;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;

/**
 * The query parameters of {@code GET /api/v1/teams/{teamId}/deliveries}: optional filters and the
 * page; one 400 names every bad parameter.
 */
record ListDeliveriesRequest(
    String subscriptionId, String eventId, String status, Integer limit, String cursor) {

  ListDeliveriesQuery toQuery(Actor actor, TeamId teamId) {
    Validation validation = new Validation();
    var subscription =
        Parameters.optionalId(validation, "subscriptionId", subscriptionId, SubscriptionId::new);
    var event = Parameters.optionalId(validation, "eventId", eventId, EventId::new);
    var deliveryStatus = Parameters.optional(validation, "status", status, DeliveryStatus::parse);
    var page = Pagination.request(validation, limit, cursor);
    validation.throwIfInvalid();
    return new ListDeliveriesQuery(actor, teamId, subscription, event, deliveryStatus, page);
  }
}
