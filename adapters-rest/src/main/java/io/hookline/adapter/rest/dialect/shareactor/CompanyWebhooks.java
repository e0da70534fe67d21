package io.hookline.adapter.rest.dialect.shareactor;

import io.hookline.adapter.rest.dialect.DialectTeams;
import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.ListSubscriptionsUseCase;
import io.hookline.application.port.in.ListSubscriptionsUseCase.ListSubscriptionsQuery;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.team.TeamId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The webhooks of the caller's company, that is the team of the token (or of the {@value
 * DialectTeams#HEADER} header): only its subscriptions in the ShareActor format, found by the
 * 24-hex {@code _id} the API shows for them.
 */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.SHAREACTOR, defaultValue = Dialects.ALL)
final class CompanyWebhooks {

  private final ListSubscriptionsUseCase list;
  private final AuthenticatedActors actors;
  private final DialectTeams teams;

  CompanyWebhooks(ListSubscriptionsUseCase list, AuthenticatedActors actors, DialectTeams teams) {
    this.list = list;
    this.actors = actors;
    this.teams = teams;
  }

  /** Who calls, and for which company. */
  Caller caller(Authentication authentication, String teamHeader) {
    Actor actor = actors.of(authentication);
    return new Caller(actor, teams.resolve(actor, Optional.ofNullable(teamHeader)));
  }

  /** Every live or disabled webhook of the company in the ShareActor format, oldest first. */
  List<Subscription> all(Caller caller) {
    List<Subscription> webhooks = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Subscription> page =
          list.list(new ListSubscriptionsQuery(caller.actor(), caller.team(), request));
      page.items().stream()
          .filter(s -> s.settings().format() == DeliveryFormat.SHAREACTOR)
          .forEach(webhooks::add);
      if (page.nextCursor().isEmpty()) {
        return webhooks;
      }
      request = new PageRequest(PageRequest.MAX_LIMIT, page.nextCursor());
    }
  }

  /** The company's webhook whose {@code _id} is {@code id}; any other id is not found. */
  Subscription find(Caller caller, String id) {
    return all(caller).stream()
        .filter(s -> WebhookResponse.ObjectId.of(s.id().value()).is(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("webhook", id));
  }

  /** The authenticated actor and the team it acts for. */
  record Caller(Actor actor, TeamId team) {}
}
