package io.hookline.application.service;

import io.hookline.application.port.in.GetDeliveryUseCase;
import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.delivery.Delivery;

/** Reads one delivery with its attempts. */
public final class GetDeliveryService implements GetDeliveryUseCase {

  private final TeamAccess teamAccess;
  private final DeliveryRepository deliveries;

  public GetDeliveryService(TeamAccess teamAccess, DeliveryRepository deliveries) {
    this.teamAccess = teamAccess;
    this.deliveries = deliveries;
  }

  @Override
  public DeliveryWithAttempts get(GetDeliveryQuery query) {
    teamAccess.require(query.actor(), query.teamId());
    Delivery delivery =
        deliveries
            .findById(query.teamId(), query.deliveryId())
            .orElseThrow(() -> new NotFoundException("delivery", query.deliveryId()));
    return new DeliveryWithAttempts(delivery, deliveries.attemptsOf(delivery.id()));
  }
}
