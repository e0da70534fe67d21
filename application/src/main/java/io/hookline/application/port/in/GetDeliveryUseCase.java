package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.delivery.Attempt;
import io.hookline.domain.delivery.Delivery;
import io.hookline.domain.delivery.DeliveryId;
import io.hookline.domain.team.TeamId;
import java.util.List;
import java.util.Objects;

/** Reads one delivery of a team with every attempt made so far. */
public interface GetDeliveryUseCase {

  DeliveryWithAttempts get(GetDeliveryQuery query);

  /** The delivery, its team, and who asks. */
  record GetDeliveryQuery(Actor actor, TeamId teamId, DeliveryId deliveryId) {
    public GetDeliveryQuery {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(deliveryId);
    }
  }

  /** A delivery and its attempts, oldest first. */
  record DeliveryWithAttempts(Delivery delivery, List<Attempt> attempts) {
    public DeliveryWithAttempts {
      Objects.requireNonNull(delivery);
      attempts = List.copyOf(attempts);
    }
  }
}
