package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.team.TeamId;
import java.util.Objects;

/** Queues a delivery for an attempt now, whatever its status (failed ones included). */
public interface RetryDeliveryUseCase {

  Delivery retry(RetryDeliveryCommand command);

  /** The delivery, its team, and who asks. */
  record RetryDeliveryCommand(Actor actor, TeamId teamId, DeliveryId deliveryId) {
    public RetryDeliveryCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(deliveryId);
    }
  }
}
