package io.hookline.adapter.rest.dialect.shareactor;

import io.hookline.adapter.rest.dialect.DialectTeams;
import io.hookline.adapter.rest.dialect.Dialects;
import io.hookline.adapter.rest.dialect.shareactor.CompanyWebhooks.Caller;
import io.hookline.application.port.in.CreateSubscriptionUseCase;
import io.hookline.application.port.in.CreateSubscriptionUseCase.CreateSubscriptionCommand;
import io.hookline.application.port.in.DeleteSubscriptionUseCase;
import io.hookline.application.port.in.DeleteSubscriptionUseCase.DeleteSubscriptionCommand;
import io.hookline.application.port.in.UpdateSubscriptionUseCase;
import io.hookline.domain.subscription.Subscription;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;

/**
 * The ShareActor {@code /webhooks} API over Hookline's subscriptions (a webhook is a subscription
 * of the caller's team to one event type, delivered in the ShareActor wire format), described by
 * ShareActor's document and docs/dialects rather than by Hookline's OpenAPI document.
 */
@Controller("/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = Dialects.PROPERTY, pattern = Dialects.SHAREACTOR, defaultValue = Dialects.ALL)
@Hidden
final class ShareActorWebhookController {

  /** The header that carries the total number of webhooks of a listing. */
  static final String TOTAL = "X-Pagination-Total";

  private final CreateSubscriptionUseCase create;
  private final UpdateSubscriptionUseCase update;
  private final DeleteSubscriptionUseCase delete;
  private final CompanyWebhooks webhooks;

  ShareActorWebhookController(
      CreateSubscriptionUseCase create,
      UpdateSubscriptionUseCase update,
      DeleteSubscriptionUseCase delete,
      CompanyWebhooks webhooks) {
    this.create = create;
    this.update = update;
    this.delete = delete;
    this.webhooks = webhooks;
  }

  @Post
  WebhookResponse create(
      @Body WebhookRequest request,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    Caller caller = webhooks.caller(authentication, team);
    var command =
        new CreateSubscriptionCommand(caller.actor(), caller.team(), request.toSettings());
    return WebhookResponse.from(create.create(command));
  }

  @Put("/{id}")
  WebhookResponse update(
      @PathVariable String id,
      @Body WebhookRequest request,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    Caller caller = webhooks.caller(authentication, team);
    Subscription webhook = webhooks.find(caller, id);
    return WebhookResponse.from(update.update(request.toCommand(caller.actor(), webhook)));
  }

  @Get("/{id}")
  WebhookResponse get(
      @PathVariable String id,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    return WebhookResponse.from(webhooks.find(webhooks.caller(authentication, team), id));
  }

  @Get
  HttpResponse<List<WebhookResponse>> list(
      @QueryValue @Nullable Integer page,
      @QueryValue @Nullable Integer size,
      @QueryValue @Nullable String sort,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    WebhookListing listing = WebhookListing.parse(page, size, sort);
    List<Subscription> all = webhooks.all(webhooks.caller(authentication, team));
    return HttpResponse.ok(listing.of(all).stream().map(WebhookResponse::from).toList())
        .header(TOTAL, Integer.toString(all.size()));
  }

  @Delete("/{id}")
  WebhookResponse delete(
      @PathVariable String id,
      @Header(DialectTeams.HEADER) @Nullable String team,
      Authentication authentication) {
    Caller caller = webhooks.caller(authentication, team);
    Subscription webhook = webhooks.find(caller, id);
    delete.delete(new DeleteSubscriptionCommand(caller.actor(), caller.team(), webhook.id()));
    return WebhookResponse.from(webhook).asDeleted();
  }
}
