package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.eventtype.EventType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The event catalog, ordered by name; it is small enough to come in one piece. */
@Schema(name = "EventTypeList")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventTypeListResponse(List<EventTypeResponse> items) {

  static EventTypeListResponse from(List<EventType> types) {
    return new EventTypeListResponse(types.stream().map(EventTypeResponse::from).toList());
  }
}
