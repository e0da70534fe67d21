package io.hookline.application.service;

import io.hookline.application.port.in.ListDeliveriesUseCase;
import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.domain.common.Page;
import io.hookline.domain.delivery.Delivery;

/** Lists a team's delivery log. */
public final class ListDeliveriesService implements ListDeliveriesUseCase {

  private final TeamAccess teamAccess;
  private final DeliveryRepository deliveries;

  public ListDeliveriesService(TeamAccess teamAccess, DeliveryRepository deliveries) {
    this.teamAccess = teamAccess;
    this.deliveries = deliveries;
  }

  @Override
  public Page<Delivery> list(ListDeliveriesQuery query) {
    teamAccess.require(query.actor(), query.teamId());
    return deliveries.list(
        query.teamId(), query.subscriptionId(), query.eventId(), query.status(), query.page());
  }
}
