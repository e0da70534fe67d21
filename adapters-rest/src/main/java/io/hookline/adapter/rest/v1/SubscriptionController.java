package io.hookline.adapter.rest.v1;

import io.hookline.adapter.rest.error.ProblemResponses;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.CreateSubscriptionUseCase;
import io.hookline.application.port.in.DeleteSubscriptionUseCase;
import io.hookline.application.port.in.DeleteSubscriptionUseCase.DeleteSubscriptionCommand;
import io.hookline.application.port.in.GetSubscriptionUseCase;
import io.hookline.application.port.in.GetSubscriptionUseCase.GetSubscriptionQuery;
import io.hookline.application.port.in.ListSubscriptionsUseCase;
import io.hookline.application.port.in.ListSubscriptionsUseCase.ListSubscriptionsQuery;
import io.hookline.application.port.in.UpdateSubscriptionUseCase;
import io.hookline.domain.team.TeamId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A team's subscriptions: who receives which events where; only the team and admins see them. */
@Controller("/api/v1/teams/{teamId}/subscriptions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses
@Tag(name = "Subscriptions", description = "a team's endpoints and the events they receive")
final class SubscriptionController {

  private final CreateSubscriptionUseCase create;
  private final ListSubscriptionsUseCase list;
  private final GetSubscriptionUseCase get;
  private final UpdateSubscriptionUseCase update;
  private final DeleteSubscriptionUseCase delete;
  private final AuthenticatedActors actors;

  SubscriptionController(
      CreateSubscriptionUseCase create,
      ListSubscriptionsUseCase list,
      GetSubscriptionUseCase get,
      UpdateSubscriptionUseCase update,
      DeleteSubscriptionUseCase delete,
      AuthenticatedActors actors) {
    this.create = create;
    this.list = list;
    this.get = get;
    this.update = update;
    this.delete = delete;
    this.actors = actors;
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Operation(
      operationId = "createSubscription",
      summary = "Subscribe a URL",
      description = "The answer holds the signing secret.")
  CreatedSubscriptionResponse create(
      @PathVariable String teamId,
      @Body CreateSubscriptionRequest request,
      Authentication authentication) {
    var command = request.toCommand(actors.of(authentication), TeamId.parse(teamId));
    return CreatedSubscriptionResponse.from(create.create(command));
  }

  @Get
  @Operation(
      operationId = "listSubscriptions",
      summary = "List subscriptions",
      description = "Oldest first; limit 1-250, 50 default.")
  PageResponse<SubscriptionResponse> list(
      @PathVariable String teamId,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    var query =
        new ListSubscriptionsQuery(
            actors.of(authentication), TeamId.parse(teamId), Pagination.request(limit, cursor));
    return PageResponse.from(list.list(query), SubscriptionResponse::from);
  }

  @Get("/{subscriptionId}")
  @Operation(
      operationId = "getSubscription",
      summary = "Read a subscription",
      description = "Without secret or token.")
  SubscriptionResponse get(
      @PathVariable String teamId,
      @PathVariable String subscriptionId,
      Authentication authentication) {
    var path = TeamPath.subscription(teamId, subscriptionId);
    var query = new GetSubscriptionQuery(actors.of(authentication), path.teamId(), path.id());
    return SubscriptionResponse.from(get.get(query));
  }

  @Patch("/{subscriptionId}")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_MERGE_PATCH})
  @Operation(
      operationId = "updateSubscription",
      summary = "Change a subscription",
      description = "JSON merge patch semantics.")
  @RequestBody(
      content =
          @Content(schema = @Schema(implementation = UpdateSubscriptionRequest.Members.class)))
  SubscriptionResponse update(
      @PathVariable String teamId,
      @PathVariable String subscriptionId,
      @Body JsonNode body,
      Authentication authentication) {
    var path = TeamPath.subscription(teamId, subscriptionId);
    var command = new UpdateSubscriptionRequest(body).toCommand(actors.of(authentication), path);
    return SubscriptionResponse.from(update.update(command));
  }

  @Delete("/{subscriptionId}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(
      operationId = "deleteSubscription",
      summary = "Delete a subscription",
      description = "It stops receiving; its history stays.")
  void delete(
      @PathVariable String teamId,
      @PathVariable String subscriptionId,
      Authentication authentication) {
    var path = TeamPath.subscription(teamId, subscriptionId);
    delete.delete(
        new DeleteSubscriptionCommand(actors.of(authentication), path.teamId(), path.id()));
  }
}
