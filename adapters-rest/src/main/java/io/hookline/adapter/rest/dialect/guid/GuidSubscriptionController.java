package io.hookline.adapter.rest.dialect.guid;

import io.hookline.adapter.rest.dialect.DialectTeams;
import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.application.port.in.CreateSubscriptionUseCase;
import io.hookline.application.port.in.DeleteSubscriptionUseCase;
import io.hookline.application.port.in.DeleteSubscriptionUseCase.DeleteSubscriptionCommand;
import io.hookline.application.port.in.UpdateSubscriptionUseCase;
import io.hookline.domain.subscription.Subscription;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * Seed 001's Webhook Subscription operations: two GETs and three POSTs, each answering with an
 * array of the subscription(s) concerned, in the GUID wire format only.
 */
@Controller("/WebHookSubscription")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = Dialects.PROPERTY, pattern = Dialects.GUID, defaultValue = Dialects.ALL)
@GuidErrorResponses
@Tag(name = "WebHookSubscription", description = "GUID WebHookSubscription API (seed 001)")
final class GuidSubscriptionController {

  /** The query parameter that names a subscription. */
  static final String GUID_PARAMETER = "webhookSubscriptionGUID";

  private final GuidSubscriptions subscriptions;
  private final CreateSubscriptionUseCase create;
  private final UpdateSubscriptionUseCase update;
  private final DeleteSubscriptionUseCase delete;

  GuidSubscriptionController(
      GuidSubscriptions subscriptions,
      CreateSubscriptionUseCase create,
      UpdateSubscriptionUseCase update,
      DeleteSubscriptionUseCase delete) {
    this.subscriptions = subscriptions;
    this.create = create;
    this.update = update;
    this.delete = delete;
  }

  @Get("/GetAllWebhookSubscriptions")
  @Operation(
      operationId = "WebHookSubscription_GetAllWebhookSubscriptions",
      summary = "Returns a list of all Webhook Subscriptions")
  List<GuidSubscriptionResponse> getAll(
      @Nullable @Header(DialectTeams.HEADER) String team, Authentication authentication) {
    return subscriptions.all(subscriptions.caller(authentication, team)).stream()
        .map(GuidSubscriptionResponse::from)
        .toList();
  }

  @Get("/GetWebhookSubscription")
  @Operation(
      operationId = "WebHookSubscription_GetWebhookSubscription",
      summary = "Returns detail of a specific Webhook Subscription")
  List<GuidSubscriptionResponse> get(
      @Parameter(description = GuidSubscriptions.GUID_DESCRIPTION)
          @Schema(format = "uuid")
          @Nullable
          @QueryValue(GUID_PARAMETER)
          String guid,
      HttpRequest<?> request,
      @Nullable @Header(DialectTeams.HEADER) String team,
      Authentication authentication) {
    var caller = subscriptions.caller(authentication, team);
    return answer(subscriptions.find(caller, guid, request, GUID_PARAMETER));
  }

  @Post("/SubscribeToWebhook")
  @Operation(
      operationId = "WebHookSubscription_SubscribeToWebhook",
      summary = "Creates a subscription and returns its details, with its Signature")
  List<GuidSubscriptionResponse> subscribe(
      @Body GuidSubscriptionRequest body,
      @Nullable @Header(DialectTeams.HEADER) String team,
      Authentication authentication) {
    var caller = subscriptions.caller(authentication, team);
    return answer(create.create(body.toCreate(caller)));
  }

  @Post("/UpdateWebhookSubscription")
  @Operation(
      operationId = "WebHookSubscription_UpdateWebhookSubscription",
      summary = "Replaces the subscription named by GUID with the body's settings")
  List<GuidSubscriptionResponse> update(
      @Body GuidSubscriptionRequest body,
      @Nullable @Header(DialectTeams.HEADER) String team,
      Authentication authentication) {
    var caller = subscriptions.caller(authentication, team);
    var command = body.toUpdate(caller);
    subscriptions.find(caller, command.subscriptionId());
    return answer(update.update(command));
  }

  @Post("/Unsubscribe")
  @Consumes(MediaType.ALL)
  @Operation(
      operationId = "WebHookSubscription_Unsubscribe",
      summary = "Permanently deletes a subscription and returns what it was")
  List<GuidSubscriptionResponse> unsubscribe(
      @Parameter(description = GuidSubscriptions.GUID_DESCRIPTION)
          @Schema(format = "uuid")
          @Nullable
          @QueryValue(GUID_PARAMETER)
          String guid,
      HttpRequest<?> request,
      @Nullable @Header(DialectTeams.HEADER) String team,
      Authentication authentication) {
    var caller = subscriptions.caller(authentication, team);
    Subscription found = subscriptions.find(caller, guid, request, GUID_PARAMETER);
    delete.delete(new DeleteSubscriptionCommand(caller.actor(), caller.team(), found.id()));
    return answer(found);
  }

  private static List<GuidSubscriptionResponse> answer(Subscription subscription) {
    return List.of(GuidSubscriptionResponse.from(subscription));
  }
}
