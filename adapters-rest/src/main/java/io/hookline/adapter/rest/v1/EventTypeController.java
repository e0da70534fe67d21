package io.hookline.adapter.rest.v1;

import io.hookline.adapter.rest.error.ProblemResponses;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.ArchiveEventTypeUseCase;
import io.hookline.application.port.in.ArchiveEventTypeUseCase.ArchiveEventTypeCommand;
import io.hookline.application.port.in.CreateEventTypeUseCase;
import io.hookline.application.port.in.ListEventTypesUseCase;
import io.hookline.application.port.in.ListEventTypesUseCase.ListEventTypesQuery;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.eventtype.EventTypeName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

/** The event catalog: readable by every token, changed by admins. */
@Controller("/api/v1/event-types")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses
@Tag(name = "Event types", description = "the catalog of events subscriptions can select")
final class EventTypeController {

  private final ListEventTypesUseCase listEventTypes;
  private final CreateEventTypeUseCase createEventType;
  private final ArchiveEventTypeUseCase archiveEventType;
  private final AuthenticatedActors actors;

  EventTypeController(
      ListEventTypesUseCase listEventTypes,
      CreateEventTypeUseCase createEventType,
      ArchiveEventTypeUseCase archiveEventType,
      AuthenticatedActors actors) {
    this.listEventTypes = listEventTypes;
    this.createEventType = createEventType;
    this.archiveEventType = archiveEventType;
    this.actors = actors;
  }

  @Get
  @Operation(
      operationId = "listEventTypes",
      summary = "List the event catalog",
      description = "Ordered by name.")
  EventTypeListResponse list(
      @QueryValue @Nullable @Schema(type = "boolean", defaultValue = "false")
          String includeArchived,
      Authentication authentication) {
    var query =
        new ListEventTypesQuery(
            actors.of(authentication), flag("includeArchived", includeArchived));
    return EventTypeListResponse.from(listEventTypes.list(query));
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw InvalidInputException.of(name, "must be true or false");
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Operation(
      operationId = "createEventType",
      summary = "Add an event type",
      description = "Admins only; 409 if the name exists.")
  EventTypeResponse create(@Body CreateEventTypeRequest request, Authentication authentication) {
    var command = request.toCommand(actors.of(authentication));
    return EventTypeResponse.from(createEventType.create(command));
  }

  @Delete("/{name}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(
      operationId = "archiveEventType",
      summary = "Archive an event type",
      description = "Admins only; existing subscriptions keep it, new ones cannot select it.")
  void archive(@PathVariable String name, Authentication authentication) {
    Validation validation = new Validation();
    EventTypeName typeName = validation.field("name", () -> new EventTypeName(name));
    validation.throwIfInvalid();
    archiveEventType.archive(new ArchiveEventTypeCommand(actors.of(authentication), typeName));
  }
}
