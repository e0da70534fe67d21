package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.application.port.in.SendTestEventUseCase.TestEventSent;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a test event: the event, and its one delivery to look up in the log. */
@Schema(name = "TestEventSent")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TestEventResponse(
    @Schema(format = "uuid") String eventId,
    @Schema(format = "uuid") String deliveryId,
    @Schema(example = "hookline.ping") String type) {

  static TestEventResponse from(TestEventSent sent) {
    return new TestEventResponse(
        sent.event().id().toString(), sent.deliveryId().toString(), sent.event().type().value());
  }
}
