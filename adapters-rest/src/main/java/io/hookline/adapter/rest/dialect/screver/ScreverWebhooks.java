package io.hookline.adapter.rest.dialect.screver;

import io.hookline.adapter.rest.dialect.ObjectIds;
import io.hookline.application.port.in.ListSubscriptionsUseCase;
import io.hookline.application.port.in.ListSubscriptionsUseCase.ListSubscriptionsQuery;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.team.TeamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A team's webhooks as the Screver API sees them: its subscriptions in the Screver format, read
 * page by page through the listing use case, each known by a Mongo ObjectId-like id ({@link
 * ObjectIds}).
 */
final class ScreverWebhooks {

  private final ListSubscriptionsUseCase list;

  ScreverWebhooks(ListSubscriptionsUseCase list) {
    this.list = list;
  }

  /** Every webhook of the team in the Screver format, in the listing's order (oldest first). */
  List<Subscription> all(Actor actor, TeamId team) {
    List<Subscription> webhooks = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<Subscription> page =
          list.list(
              new ListSubscriptionsQuery(
                  actor, team, new PageRequest(PageRequest.MAX_LIMIT, cursor)));
      page.items().stream()
          .filter(subscription -> subscription.settings().format() == DeliveryFormat.SCREVER)
          .forEach(webhooks::add);
      cursor = page.nextCursor();
    } while (cursor.isPresent());
    return webhooks;
  }

  /** The webhook of the team with this id (hex digits in either case); 404 if there is none. */
  Subscription find(Actor actor, TeamId team, String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return all(actor, team).stream()
        .filter(subscription -> objectId(subscription.id().value()).equals(wanted))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("webhook", id));
  }

  /** The ObjectId-like form of a Hookline UUID (see {@link ObjectIds}). */
  static String objectId(UUID id) {
    return ObjectIds.of(id);
  }
}
