package io.hookline.adapter.rest.v1;

import io.hookline.adapter.rest.error.ProblemResponses;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.GetEventUseCase;
import io.hookline.application.port.in.GetEventUseCase.GetEventQuery;
import io.hookline.application.port.in.ListEventsUseCase;
import io.hookline.application.port.in.ListEventsUseCase.ListEventsQuery;
import io.hookline.application.port.in.PublishEventUseCase;
import io.hookline.domain.common.Validation;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A team's events: published by admins and the team's publishers, read by the team. */
@Controller("/api/v1/teams/{teamId}/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses
@Tag(name = "Events", description = "what happened in a team's product, fanned out to subscribers")
final class EventController {

  private final PublishEventUseCase publish;
  private final ListEventsUseCase list;
  private final GetEventUseCase get;
  private final AuthenticatedActors actors;

  EventController(
      PublishEventUseCase publish,
      ListEventsUseCase list,
      GetEventUseCase get,
      AuthenticatedActors actors) {
    this.publish = publish;
    this.list = list;
    this.get = get;
    this.actors = actors;
  }

  @Post
  @Status(HttpStatus.ACCEPTED)
  @Operation(
      operationId = "publishEvent",
      summary = "Publish an event",
      description =
          "Admins, or the team's tokens with the publisher role. The event and its deliveries are"
              + " stored before the answer; 413 when data is over 256 KiB.")
  PublishedEventResponse publish(
      @PathVariable String teamId,
      @Header(PublishEventRequest.IDEMPOTENCY_KEY)
          @Nullable
          @Parameter(description = "the same key within 24 h answers the first publish again")
          String idempotencyKey,
      @Body PublishEventRequest request,
      Authentication authentication) {
    var command =
        request.toCommand(actors.of(authentication), TeamId.parse(teamId), idempotencyKey);
    return PublishedEventResponse.from(publish.publish(command));
  }

  @Get
  @Operation(
      operationId = "listEvents",
      summary = "List events",
      description = "Newest first, optionally of one type; limit 1-250, 50 default.")
  PageResponse<EventResponse> list(
      @PathVariable String teamId,
      @QueryValue @Nullable String type,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    TeamId team = TeamId.parse(teamId);
    Validation validation = new Validation();
    var eventType = Parameters.optional(validation, "type", type, EventTypeName::new);
    var page = Pagination.request(validation, limit, cursor);
    validation.throwIfInvalid();
    var query = new ListEventsQuery(actors.of(authentication), team, eventType, page);
    return PageResponse.from(list.list(query), EventResponse::from);
  }

  @Get("/{eventId}")
  @Operation(operationId = "getEvent", summary = "Read an event", description = "With its data.")
  EventResponse get(
      @PathVariable String teamId, @PathVariable String eventId, Authentication authentication) {
    var path = TeamPath.event(teamId, eventId);
    var query = new GetEventQuery(actors.of(authentication), path.teamId(), path.id());
    return EventResponse.from(get.get(query));
  }
}
