package io.hookline.adapter.rest.v1;

import io.hookline.adapter.rest.error.ProblemResponses;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.GetDeliveryUseCase;
import io.hookline.application.port.in.GetDeliveryUseCase.GetDeliveryQuery;
import io.hookline.application.port.in.ListDeliveriesUseCase;
import io.hookline.application.port.in.RetryDeliveryUseCase;
import io.hookline.application.port.in.RetryDeliveryUseCase.RetryDeliveryCommand;
import io.hookline.domain.team.TeamId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A team's delivery log: every event's delivery to every subscription, and retrying one. */
@Controller("/api/v1/teams/{teamId}/deliveries")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses
@Tag(name = "Deliveries", description = "the delivery log, retries and recovery")
final class DeliveryController {

  private final ListDeliveriesUseCase list;
  private final GetDeliveryUseCase get;
  private final RetryDeliveryUseCase retry;
  private final AuthenticatedActors actors;

  DeliveryController(
      ListDeliveriesUseCase list,
      GetDeliveryUseCase get,
      RetryDeliveryUseCase retry,
      AuthenticatedActors actors) {
    this.list = list;
    this.get = get;
    this.retry = retry;
    this.actors = actors;
  }

  @Get
  @Operation(
      operationId = "listDeliveries",
      summary = "List deliveries",
      description = "Newest first, optionally of one subscription, event or status.")
  PageResponse<DeliveryResponse> list(
      @PathVariable String teamId,
      @QueryValue @Nullable @Schema(format = "uuid") String subscriptionId,
      @QueryValue @Nullable @Schema(format = "uuid") String eventId,
      @QueryValue @Nullable @Schema(allowableValues = {"pending", "sending", "succeeded", "failed"})
          String status,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    var request = new ListDeliveriesRequest(subscriptionId, eventId, status, limit, cursor);
    var query = request.toQuery(actors.of(authentication), TeamId.parse(teamId));
    return PageResponse.from(list.list(query), DeliveryResponse::from);
  }

  @Get("/{deliveryId}")
  @Operation(
      operationId = "getDelivery",
      summary = "Read a delivery",
      description = "With every attempt: when, how long, status, error and response body.")
  DeliveryWithAttemptsResponse get(
      @PathVariable String teamId, @PathVariable String deliveryId, Authentication authentication) {
    var path = TeamPath.delivery(teamId, deliveryId);
    var query = new GetDeliveryQuery(actors.of(authentication), path.teamId(), path.id());
    return DeliveryWithAttemptsResponse.from(get.get(query));
  }

  @Post("/{deliveryId}/retry")
  @Status(HttpStatus.ACCEPTED)
  @Operation(
      operationId = "retryDelivery",
      summary = "Retry a delivery now",
      description = "Failed ones too; 409 while it is being sent.")
  DeliveryResponse retry(
      @PathVariable String teamId, @PathVariable String deliveryId, Authentication authentication) {
    var path = TeamPath.delivery(teamId, deliveryId);
    var command = new RetryDeliveryCommand(actors.of(authentication), path.teamId(), path.id());
    return DeliveryResponse.from(retry.retry(command));
  }
}
