package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.DeleteSubscriptionUseCase;
import io.hookline.application.port.in.DeleteSubscriptionUseCase.DeleteSubscriptionCommand;
import io.hookline.application.port.in.UpdateSubscriptionUseCase;
import io.hookline.application.port.in.UpdateSubscriptionUseCase.UpdateSubscriptionCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.EventSelector;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.team.TeamId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ChallengeMe logout: a webhook URL stops receiving some of its events, and is removed when it is
 * left with none.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = Dialects.PROPERTY, pattern = Dialects.CHALLENGEME, defaultValue = Dialects.ALL)
@Tag(name = "ChallengeMe")
final class ChallengeMeLogoutController {

  private final UpdateSubscriptionUseCase update;
  private final DeleteSubscriptionUseCase delete;
  private final TeamWebhooks webhooks;
  private final AuthenticatedActors actors;

  ChallengeMeLogoutController(
      UpdateSubscriptionUseCase update,
      DeleteSubscriptionUseCase delete,
      TeamWebhooks webhooks,
      AuthenticatedActors actors) {
    this.update = update;
    this.delete = delete;
    this.webhooks = webhooks;
    this.actors = actors;
  }

  @Delete(uris = {"/webhook/events/logout/{teamId}", "/webhooks/events/logout/{teamId}"})
  @Operation(
      operationId = "challengeMeLogout",
      summary = "Stop sending some events to a webhook URL",
      description = "406 names the events the URL is not registered to; nothing changes then.")
  HttpResponse<Message> logout(
      @PathVariable String teamId, @Body LogoutRequest request, Authentication authentication) {
    Actor actor = actors.of(authentication);
    TeamId team = TeamWebhooks.team(teamId);
    List<Subscription> all = webhooks.all(actor, team);
    LogoutRequest.Checked checked = request.checked();
    Optional<Subscription> webhook = TeamWebhooks.at(all, checked.url());
    List<String> registered =
        webhook.map(w -> w.settings().selectors().asStrings()).orElse(List.of());
    List<String> missing = checked.events().stream().filter(e -> !registered.contains(e)).toList();
    if (!missing.isEmpty()) {
      return HttpResponse.<Message>status(HttpStatus.NOT_ACCEPTABLE)
          .body(
              new Message(
                  "You are not registered to these events: '"
                      + String.join(",", missing)
                      + "' with the specified webhookUrl"));
    }
    Subscription logout = webhook.orElseThrow();
    Set<EventSelector> left = new LinkedHashSet<>(logout.settings().selectors().values());
    left.removeIf(selector -> checked.events().contains(selector.value()));
    if (left.isEmpty()) {
      delete.delete(new DeleteSubscriptionCommand(actor, team, logout.id()));
    } else {
      update.update(
          UpdateSubscriptionCommand.of(actor, team, logout.id())
              .withSelectors(new EventSelectors(left)));
    }
    return HttpResponse.ok(
        new Message("Logout from " + String.join(",", checked.events()) + " Events Success"));
  }
}
