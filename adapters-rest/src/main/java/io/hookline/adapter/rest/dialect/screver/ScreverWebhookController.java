package io.hookline.adapter.rest.dialect.screver;

import io.hookline.adapter.rest.dialect.DialectTeams;
import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.CreateSubscriptionUseCase;
import io.hookline.application.port.in.DeleteSubscriptionUseCase;
import io.hookline.application.port.in.DeleteSubscriptionUseCase.DeleteSubscriptionCommand;
import io.hookline.application.port.in.ListSubscriptionsUseCase;
import io.hookline.application.port.in.UpdateSubscriptionUseCase;
import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.team.TeamId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/**
 * The Screver webhook API ({@code /api/v2/webhooks}) over the subscription use cases: the team is
 * the token's single team (or the {@value DialectTeams#HEADER} header), and webhooks are the team's
 * subscriptions in the Screver delivery format, known by ObjectId-like ids.
 */
@Controller(ScreverErrorFormat.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = Dialects.PROPERTY, pattern = Dialects.SCREVER, defaultValue = Dialects.ALL)
@Tag(
    name = "Screver dialect",
    description = "Seed 003; errors are {statusCode, message, error}, not problem details")
final class ScreverWebhookController {

  private final CreateSubscriptionUseCase create;
  private final UpdateSubscriptionUseCase update;
  private final DeleteSubscriptionUseCase delete;
  private final ScreverWebhooks webhooks;
  private final AuthenticatedActors actors;
  private final DialectTeams teams;

  ScreverWebhookController(
      CreateSubscriptionUseCase create,
      UpdateSubscriptionUseCase update,
      DeleteSubscriptionUseCase delete,
      ListSubscriptionsUseCase list,
      AuthenticatedActors actors,
      DialectTeams teams) {
    this.create = create;
    this.update = update;
    this.delete = delete;
    this.webhooks = new ScreverWebhooks(list);
    this.actors = actors;
    this.teams = teams;
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Operation(operationId = "screverCreateWebhook", summary = "Create webhook")
  WebhookResponses.Created create(
      @Body @Nullable WebhookRequest request,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    Caller caller = caller(authentication, team);
    var command = orEmpty(request).toCreateCommand(caller.actor(), caller.team());
    return WebhookResponses.created(WebhookRequest.namingType(() -> create.create(command)));
  }

  @Put("/{id}")
  @Operation(operationId = "screverUpdateWebhook", summary = "Update webhook by id")
  WebhookResponses.Updated update(
      @PathVariable String id,
      @Body @Nullable WebhookRequest request,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    Caller caller = caller(authentication, team);
    Subscription webhook = webhooks.find(caller.actor(), caller.team(), id);
    var command = orEmpty(request).toUpdateCommand(caller.actor(), caller.team(), webhook.id());
    return WebhookResponses.updated(WebhookRequest.namingType(() -> update.update(command)));
  }

  @Get
  @Operation(
      operationId = "screverListWebhooks",
      summary = "Get list of webhooks",
      description =
          "Query: limit (5, 10, 25, 50 or 100; required), skip, sort ({ createdAt: -1 }).")
  WebhookResponses.WebhookList list(
      HttpRequest<?> request,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    Caller caller = caller(authentication, team);
    WebhookListing listing = WebhookListing.parse(request.getParameters()::get);
    List<Subscription> all = webhooks.all(caller.actor(), caller.team());
    return new WebhookResponses.WebhookList(
        listing.page(all).stream().map(WebhookResponses::webhook).toList(), all.size());
  }

  @Get("/{id}")
  @Operation(operationId = "screverGetWebhook", summary = "Get specific webhook by ID")
  WebhookResponses.Webhook get(
      @PathVariable String id,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    Caller caller = caller(authentication, team);
    return WebhookResponses.webhook(webhooks.find(caller.actor(), caller.team(), id));
  }

  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(operationId = "screverDeleteWebhook", summary = "Delete webhook by id")
  void delete(
      @PathVariable String id,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    Caller caller = caller(authentication, team);
    Subscription webhook = webhooks.find(caller.actor(), caller.team(), id);
    delete.delete(new DeleteSubscriptionCommand(caller.actor(), caller.team(), webhook.id()));
  }

  /** Who asks and for which team. */
  private record Caller(Actor actor, TeamId team) {}

  private Caller caller(Authentication authentication, String team) {
    Actor actor = actors.of(authentication);
    return new Caller(actor, teams.resolve(actor, Optional.ofNullable(team)));
  }

  private static WebhookRequest orEmpty(WebhookRequest request) {
    return request == null ? WebhookRequest.EMPTY : request;
  }
}
