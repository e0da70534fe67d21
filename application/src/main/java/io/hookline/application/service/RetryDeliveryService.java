package io.hookline.application.service;

import io.hookline.application.port.in.RetryDeliveryUseCase;
import io.hookline.application.port.out.DeliveryRepository;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.delivery.Delivery;
import java.time.Clock;

/** Queues a delivery again by hand, at once. */
public final class RetryDeliveryService implements RetryDeliveryUseCase {

  private final TeamAccess teamAccess;
  private final DeliveryRepository deliveries;
  private final Clock clock;

  public RetryDeliveryService(TeamAccess teamAccess, DeliveryRepository deliveries, Clock clock) {
    this.teamAccess = teamAccess;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @Override
  public Delivery retry(RetryDeliveryCommand command) {
    teamAccess.require(command.actor(), command.teamId());
    deliveries
        .findById(command.teamId(), command.deliveryId())
        .orElseThrow(() -> new NotFoundException("delivery", command.deliveryId()));
    return deliveries
        .requeue(command.teamId(), command.deliveryId(), clock.instant())
        .orElseThrow(
            () ->
                new ConflictException(
                    "delivery",
                    "delivery "
                        + command.deliveryId()
                        + " is being sent right now; retry it when this attempt is over"));
  }
}
