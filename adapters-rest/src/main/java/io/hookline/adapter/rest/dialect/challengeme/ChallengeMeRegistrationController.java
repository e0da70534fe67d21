package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.CreateSubscriptionUseCase;
import io.hookline.application.port.in.CreateSubscriptionUseCase.CreateSubscriptionCommand;
import io.hookline.application.port.in.ListEventTypesUseCase;
import io.hookline.application.port.in.ListEventTypesUseCase.ListEventTypesQuery;
import io.hookline.application.port.in.UpdateSubscriptionUseCase;
import io.hookline.application.port.in.UpdateSubscriptionUseCase.UpdateSubscriptionCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.team.TeamId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ChallengeMe registration: a team registers a webhook URL for some events; the URL is one
 * subscription in the {@code challengeme} format, and registering it again adds events to it.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = Dialects.PROPERTY, pattern = Dialects.CHALLENGEME, defaultValue = Dialects.ALL)
@Tag(name = "ChallengeMe")
final class ChallengeMeRegistrationController {

  private final CreateSubscriptionUseCase create;
  private final UpdateSubscriptionUseCase update;
  private final ListEventTypesUseCase eventTypes;
  private final TeamWebhooks webhooks;
  private final AuthenticatedActors actors;

  ChallengeMeRegistrationController(
      CreateSubscriptionUseCase create,
      UpdateSubscriptionUseCase update,
      ListEventTypesUseCase eventTypes,
      TeamWebhooks webhooks,
      AuthenticatedActors actors) {
    this.create = create;
    this.update = update;
    this.eventTypes = eventTypes;
    this.webhooks = webhooks;
    this.actors = actors;
  }

  @Post(uris = {"/webhooks/events/registration/{teamId}", "/webhook/events/registration/{teamId}"})
  @Operation(
      operationId = "challengeMeRegister",
      summary = "Register a webhook URL for events",
      description = "201 also when the URL was registered: its events are added, its token set.")
  HttpResponse<Message> register(
      @PathVariable String teamId,
      @Body RegistrationRequest request,
      Authentication authentication) {
    Actor actor = actors.of(authentication);
    TeamId team = TeamWebhooks.team(teamId);
    List<Subscription> all = webhooks.all(actor, team);
    RegistrationRequest.Registration registration = request.registration();
    Optional<Subscription> registered = TeamWebhooks.at(all, registration.url().value());
    List<String> unknown = unknownEvents(actor, registration.events());
    if (!unknown.isEmpty()) {
      return HttpResponse.notFound(
          new Message("There is no such events as " + String.join(",", unknown)));
    }
    EventSelectors events = EventSelectors.parse(registration.events());
    ChallengeMeFields.target(
        "webhookUrl",
        () ->
            registered
                .map(webhook -> addTo(actor, webhook, events, registration))
                .orElseGet(() -> createFor(actor, team, events, registration)));
    return HttpResponse.created(new Message("Events Registration Success"));
  }

  private List<String> unknownEvents(Actor actor, List<String> names) {
    Set<String> offered =
        eventTypes.list(new ListEventTypesQuery(actor, false)).stream()
            .map(type -> type.name().value())
            .collect(Collectors.toSet());
    return names.stream().filter(name -> !offered.contains(name)).toList();
  }

  private Subscription addTo(
      Actor actor,
      Subscription webhook,
      EventSelectors events,
      RegistrationRequest.Registration registration) {
    var command =
        UpdateSubscriptionCommand.of(actor, webhook.teamId(), webhook.id())
            .withSelectors(webhook.settings().selectors().plus(events.values()));
    if (registration.token().isPresent()) {
      command = command.withAuthorizationToken(registration.token());
    }
    return update.update(command);
  }

  private Subscription createFor(
      Actor actor,
      TeamId team,
      EventSelectors events,
      RegistrationRequest.Registration registration) {
    var settings =
        new SubscriptionSettings(
            registration.url(),
            events,
            "",
            CustomHeaders.NONE,
            registration.token(),
            Optional.empty(),
            DeliveryFormat.CHALLENGEME);
    return create.create(new CreateSubscriptionCommand(actor, team, settings));
  }
}
