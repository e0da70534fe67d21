package io.hookline.adapter.rest.dialect.guid;

import io.hookline.adapter.rest.dialect.DialectTeams;
import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.application.port.in.SendTestEventUseCase;
import io.hookline.application.port.in.SendTestEventUseCase.SendTestEventCommand;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.Subscription;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/**
 * Seed 001's Webhook Test: Simulate Event sends one test message to the subscription alone, as a
 * message of the subscription's own {@code Webhook}, delivered and logged like any other.
 */
@Controller("/WebhookTest")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = Dialects.PROPERTY, pattern = Dialects.GUID, defaultValue = Dialects.ALL)
@GuidErrorResponses
@Tag(name = "WebhookTest", description = "GUID WebHookSubscription API (seed 001)")
final class GuidTestController {

  /** The query parameter that names the subscription, spelt as the document spells it here. */
  static final String GUID_PARAMETER = "webHookSubscriptionGUID";

  private final GuidSubscriptions subscriptions;
  private final SendTestEventUseCase sendTestEvent;

  GuidTestController(GuidSubscriptions subscriptions, SendTestEventUseCase sendTestEvent) {
    this.subscriptions = subscriptions;
    this.sendTestEvent = sendTestEvent;
  }

  @Get("/SimulateEvent")
  @Operation(
      operationId = "WebhookTest_SimulateEvent",
      summary = "Creates a test WebHook message for a provided webHookSubscriptionGUID")
  SimulatedEventResponse simulate(
      @Parameter(description = GuidSubscriptions.GUID_DESCRIPTION)
          @Schema(format = "uuid")
          @Nullable
          @QueryValue(GUID_PARAMETER)
          String guid,
      HttpRequest<?> request,
      @Nullable @Header(DialectTeams.HEADER) String team,
      Authentication authentication) {
    var caller = subscriptions.caller(authentication, team);
    Subscription subscription = subscriptions.find(caller, guid, request, GUID_PARAMETER);
    var command =
        new SendTestEventCommand(
            caller.actor(), caller.team(), subscription.id(), webhookOf(subscription));
    return SimulatedEventResponse.from(sendTestEvent.send(command), subscription);
  }

  /** The subscription's one event type; none (Hookline's ping) for a wider native selection. */
  private static Optional<EventTypeName> webhookOf(Subscription subscription) {
    List<EventTypeName> names = subscription.settings().selectors().exactNames();
    boolean single = names.size() == 1 && subscription.settings().selectors().values().size() == 1;
    return single ? Optional.of(names.getFirst()) : Optional.empty();
  }
}
