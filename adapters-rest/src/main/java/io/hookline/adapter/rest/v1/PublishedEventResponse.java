package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.event.Event;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a publish: the accepted event and how many deliveries it fanned out to. */
@Schema(name = "PublishedEvent")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PublishedEventResponse(
    @Schema(format = "uuid") String id,
    String type,
    @Schema(format = "date-time") String createdAt,
    @Schema(description = "the number of subscriptions the event fanned out to") int deliveries) {

  static PublishedEventResponse from(Event event) {
    return new PublishedEventResponse(
        event.id().toString(), event.type().value(), event.createdAt().toString(), event.fanout());
  }
}
