package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.UpdateSubscriptionUseCase;
import io.hookline.application.port.in.UpdateSubscriptionUseCase.UpdateSubscriptionCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.TeamId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/** ChallengeMe updates of a registered webhook, which the client names by its URL. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = Dialects.PROPERTY, pattern = Dialects.CHALLENGEME, defaultValue = Dialects.ALL)
@Tag(name = "ChallengeMe")
final class ChallengeMeUpdateController {

  private final UpdateSubscriptionUseCase update;
  private final TeamWebhooks webhooks;
  private final AuthenticatedActors actors;

  ChallengeMeUpdateController(
      UpdateSubscriptionUseCase update, TeamWebhooks webhooks, AuthenticatedActors actors) {
    this.update = update;
    this.webhooks = webhooks;
    this.actors = actors;
  }

  @Patch(
      uris = {"/webhook/events/authorization/{teamId}", "/webhooks/events/authorization/{teamId}"})
  @Operation(
      operationId = "challengeMeUpdateAuthorization",
      summary = "Change the token sent to a webhook URL")
  HttpResponse<Message> authorization(
      @PathVariable String teamId,
      @Body TokenUpdateRequest request,
      Authentication authentication) {
    Actor actor = actors.of(authentication);
    TeamId team = TeamWebhooks.team(teamId);
    List<Subscription> all = webhooks.all(actor, team);
    TokenUpdateRequest.Checked checked = request.checked();
    Optional<Subscription> webhook = TeamWebhooks.at(all, checked.url());
    if (webhook.isEmpty()) {
      return HttpResponse.notFound(
          new Message(
              "Update Authorization Token Fail, There is no webhook url '"
                  + checked.url()
                  + "' fot this team"));
    }
    update.update(
        UpdateSubscriptionCommand.of(actor, team, webhook.get().id())
            .withAuthorizationToken(Optional.of(checked.token())));
    return HttpResponse.ok(new Message("Update Authorization Token Success"));
  }

  @Patch(uris = {"/webhooks/events/url/{teamId}", "/webhook/events/url/{teamId}"})
  @Operation(
      operationId = "challengeMeUpdateUrl",
      summary = "Move a webhook to another URL",
      description =
          "404 when the old URL is not registered, then 400 when the new one is no URL Hookline"
              + " can deliver to, 409 when it is another webhook of the team.")
  HttpResponse<Message> url(
      @PathVariable String teamId, @Body UrlUpdateRequest request, Authentication authentication) {
    Actor actor = actors.of(authentication);
    TeamId team = TeamWebhooks.team(teamId);
    List<Subscription> all = webhooks.all(actor, team);
    UrlUpdateRequest.Given given = request.given();
    Optional<Subscription> webhook = TeamWebhooks.at(all, given.oldUrl());
    if (webhook.isEmpty()) {
      return HttpResponse.notFound(
          new Message(
              "Update url Fail, There is no webhook url '" + given.oldUrl() + "' fot this team"));
    }
    WebhookUrl newUrl = given.newUrl();
    Optional<Subscription> taken = TeamWebhooks.at(all, newUrl.value());
    if (taken.isPresent() && !taken.get().id().equals(webhook.get().id())) {
      return HttpResponse.<Message>status(HttpStatus.CONFLICT)
          .body(
              new Message(
                  "Update url Fail, the webhook url '"
                      + newUrl
                      + "' is already registered for this team"));
    }
    ChallengeMeFields.target(
        "newWebhookUrl",
        () ->
            update.update(
                UpdateSubscriptionCommand.of(actor, team, webhook.get().id()).withUrl(newUrl)));
    return HttpResponse.ok(new Message("Update Url Success"));
  }
}
