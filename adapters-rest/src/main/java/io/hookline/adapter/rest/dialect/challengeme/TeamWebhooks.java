package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.application.port.in.ListSubscriptionsUseCase;
import io.hookline.application.port.in.ListSubscriptionsUseCase.ListSubscriptionsQuery;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.team.TeamId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A team's ChallengeMe webhooks: its subscriptions in the {@code challengeme} format, one per
 * webhook URL, found by the URL the client registered.
 */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.CHALLENGEME, defaultValue = Dialects.ALL)
final class TeamWebhooks {

  private final ListSubscriptionsUseCase subscriptions;

  TeamWebhooks(ListSubscriptionsUseCase subscriptions) {
    this.subscriptions = subscriptions;
  }

  /** The team a path names; text that is no team id names no team, so it is not found. */
  static TeamId team(String teamId) {
    try {
      return TeamId.parse(teamId);
    } catch (InvalidInputException e) {
      throw new NotFoundException("team", teamId);
    }
  }

  /** Every ChallengeMe webhook of the team, oldest first; refused or not found like the team. */
  List<Subscription> all(Actor actor, TeamId team) {
    List<Subscription> found = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<Subscription> page =
          subscriptions.list(
              new ListSubscriptionsQuery(
                  actor, team, new PageRequest(PageRequest.MAX_LIMIT, cursor)));
      page.items().stream()
          .filter(s -> s.settings().format() == DeliveryFormat.CHALLENGEME)
          .forEach(found::add);
      cursor = page.nextCursor();
    } while (cursor.isPresent());
    return found;
  }

  /** The webhook among {@code webhooks} registered at {@code url}, surrounding blanks aside. */
  static Optional<Subscription> at(List<Subscription> webhooks, String url) {
    String wanted = url.strip();
    return webhooks.stream().filter(s -> s.settings().url().value().equals(wanted)).findFirst();
  }
}
