package io.hookline.adapter.rest.v1;

import io.hookline.adapter.rest.error.ProblemResponses;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.RecoverSubscriptionUseCase;
import io.hookline.application.port.in.SendTestEventUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

/** The deliveries of one subscription: queue its failed ones again, or send it a test event. */
@Controller("/api/v1/teams/{teamId}/subscriptions/{subscriptionId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses
@Tag(name = "Deliveries")
final class SubscriptionDeliveryController {

  private final RecoverSubscriptionUseCase recover;
  private final SendTestEventUseCase sendTestEvent;
  private final AuthenticatedActors actors;
  private final Clock clock;

  SubscriptionDeliveryController(
      RecoverSubscriptionUseCase recover,
      SendTestEventUseCase sendTestEvent,
      AuthenticatedActors actors,
      Clock clock) {
    this.recover = recover;
    this.sendTestEvent = sendTestEvent;
    this.actors = actors;
    this.clock = clock;
  }

  @Post("/recover")
  @Status(HttpStatus.ACCEPTED)
  @Operation(
      operationId = "recoverSubscription",
      summary = "Queue failed deliveries again",
      description = "Every failed delivery of the subscription created since the given instant.")
  RecoveredResponse recover(
      @PathVariable String teamId,
      @PathVariable String subscriptionId,
      @Body RecoverSubscriptionRequest request,
      Authentication authentication) {
    var path = TeamPath.subscription(teamId, subscriptionId);
    var command = request.toCommand(actors.of(authentication), path, clock.instant());
    return new RecoveredResponse(recover.recover(command));
  }

  @Post("/test")
  @Status(HttpStatus.ACCEPTED)
  @Operation(
      operationId = "sendTestEvent",
      summary = "Send a test event",
      description =
          "To this subscription only, whatever it selects; hookline.ping unless another type of"
              + " the catalog is named. Its delivery shows in the log.")
  TestEventResponse sendTestEvent(
      @PathVariable String teamId,
      @PathVariable String subscriptionId,
      @Body @Nullable SendTestEventRequest request,
      Authentication authentication) {
    var path = TeamPath.subscription(teamId, subscriptionId);
    var body = request == null ? SendTestEventRequest.PING : request;
    return TestEventResponse.from(
        sendTestEvent.send(body.toCommand(actors.of(authentication), path)));
  }
}
