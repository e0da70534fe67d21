package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.GetTeamUseCase;
import io.hookline.application.port.in.GetTeamUseCase.GetTeamQuery;
import io.hookline.application.port.in.ListEventTypesUseCase;
import io.hookline.application.port.in.ListEventTypesUseCase.ListEventTypesQuery;
import io.hookline.domain.access.Actor;
import io.hookline.domain.team.Team;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** ChallengeMe's read side: the events one can register to, and what a team registered. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = Dialects.PROPERTY, pattern = Dialects.CHALLENGEME, defaultValue = Dialects.ALL)
@Tag(
    name = "ChallengeMe",
    description =
        "Seed 000, ChallengeMe team webhooks; every path is also served under /api/v1/webhook/events"
            + " and every answer is {\"message\"} unless it is a listing")
final class ChallengeMeEventsController {

  static final String NOT_REGISTERED = "This team are not registered on any event on our system";

  private final ListEventTypesUseCase eventTypes;
  private final GetTeamUseCase teams;
  private final TeamWebhooks webhooks;
  private final AuthenticatedActors actors;

  ChallengeMeEventsController(
      ListEventTypesUseCase eventTypes,
      GetTeamUseCase teams,
      TeamWebhooks webhooks,
      AuthenticatedActors actors) {
    this.eventTypes = eventTypes;
    this.teams = teams;
    this.webhooks = webhooks;
    this.actors = actors;
  }

  @Get(uris = {"/webhooks/events/all", "/webhook/events/all"})
  @Operation(
      operationId = "challengeMeEvents",
      summary = "The names of every event one can register to")
  List<String> all(Authentication authentication) {
    return eventTypes.list(new ListEventTypesQuery(actors.of(authentication), false)).stream()
        .map(type -> type.name().value())
        .toList();
  }

  @Get(uris = {"/webhooks/events/registered/{teamId}", "/webhook/events/registered/{teamId}"})
  @Operation(
      operationId = "challengeMeRegistered",
      summary = "The team's webhook URLs and their events",
      description = "404 with a message when the team registered to nothing.")
  HttpResponse<?> registered(@PathVariable String teamId, Authentication authentication) {
    Actor actor = actors.of(authentication);
    Team team = teams.get(new GetTeamQuery(actor, TeamWebhooks.team(teamId)));
    List<RegisteredWebhook> registered =
        webhooks.all(actor, team.id()).stream()
            .map(webhook -> RegisteredWebhook.from(team, webhook))
            .toList();
    if (registered.isEmpty()) {
      return HttpResponse.notFound(new Message(NOT_REGISTERED));
    }
    return HttpResponse.ok(registered);
  }
}
