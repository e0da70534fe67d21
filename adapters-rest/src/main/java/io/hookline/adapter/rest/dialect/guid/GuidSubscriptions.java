package io.hookline.adapter.rest.dialect.guid;

import io.hookline.adapter.rest.dialect.DialectTeams;
import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.GetSubscriptionUseCase;
import io.hookline.application.port.in.GetSubscriptionUseCase.GetSubscriptionQuery;
import io.hookline.application.port.in.ListSubscriptionsUseCase;
import io.hookline.application.port.in.ListSubscriptionsUseCase.ListSubscriptionsQuery;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.common.Page;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.team.TeamId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The GUID dialect's view of a team's subscriptions: only those in the GUID format, found by GUID;
 * others are unknown here, as are other dialects' and the native API's own.
 */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.GUID, defaultValue = Dialects.ALL)
final class GuidSubscriptions {

  /** How the operations describe their subscription GUID query parameter. */
  static final String GUID_DESCRIPTION =
      "Required: the subscription's GUID (the parameter's name is matched in any case)";

  private final GetSubscriptionUseCase get;
  private final ListSubscriptionsUseCase list;
  private final AuthenticatedActors actors;
  private final DialectTeams teams;

  GuidSubscriptions(
      GetSubscriptionUseCase get,
      ListSubscriptionsUseCase list,
      AuthenticatedActors actors,
      DialectTeams teams) {
    this.get = get;
    this.list = list;
    this.actors = actors;
    this.teams = teams;
  }

  /** Who calls and for which team: the token's one team, or the one named in the header. */
  Caller caller(Authentication authentication, String teamHeader) {
    Actor actor = actors.of(authentication);
    return new Caller(actor, teams.resolve(actor, Optional.ofNullable(teamHeader)));
  }

  /**
   * The GUID-format subscription named by a query parameter: its {@code value} under the documented
   * name or, as ASP.NET binds parameters, under the same name in another case.
   */
  Subscription find(Caller caller, String value, HttpRequest<?> request, String parameter) {
    String text =
        value != null
            ? value
            : request.getParameters().names().stream()
                .filter(parameter::equalsIgnoreCase)
                .findFirst()
                .map(request.getParameters()::get)
                .orElse(null);
    SubscriptionId id;
    try {
      id = new SubscriptionId(Guids.parse(text));
    } catch (InvalidInputException e) {
      throw e.under(parameter);
    }
    return find(caller, id);
  }

  Subscription find(Caller caller, SubscriptionId id) {
    Subscription found = get.get(new GetSubscriptionQuery(caller.actor(), caller.team(), id));
    if (found.settings().format() != DeliveryFormat.GUID) {
      throw new NotFoundException("subscription", id);
    }
    return found;
  }

  /** Every GUID-format subscription of the team, oldest first. */
  List<Subscription> all(Caller caller) {
    List<Subscription> found = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      var page = new PageRequest(PageRequest.MAX_LIMIT, cursor);
      Page<Subscription> subscriptions =
          list.list(new ListSubscriptionsQuery(caller.actor(), caller.team(), page));
      subscriptions.items().stream()
          .filter(s -> s.settings().format() == DeliveryFormat.GUID)
          .forEach(found::add);
      cursor = subscriptions.nextCursor();
    } while (cursor.isPresent());
    return found;
  }

  /** The caller of a dialect request and the team it acts for. */
  record Caller(Actor actor, TeamId team) {}
}
