package io.hookline.adapter.rest.v1;

import io.hookline.adapter.rest.error.ProblemResponses;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.GetSubscriptionUseCase;
import io.hookline.application.port.in.GetSubscriptionUseCase.GetSubscriptionQuery;
import io.hookline.application.port.in.RotateSubscriptionSecretUseCase;
import io.hookline.application.port.in.RotateSubscriptionSecretUseCase.RotateSubscriptionSecretCommand;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signing secret of a subscription: read it, or rotate it with an overlap. */
@Controller("/api/v1/teams/{teamId}/subscriptions/{subscriptionId}/secret")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses
@Tag(name = "Subscriptions")
final class SubscriptionSecretController {

  private final GetSubscriptionUseCase get;
  private final RotateSubscriptionSecretUseCase rotate;
  private final AuthenticatedActors actors;

  SubscriptionSecretController(
      GetSubscriptionUseCase get,
      RotateSubscriptionSecretUseCase rotate,
      AuthenticatedActors actors) {
    this.get = get;
    this.rotate = rotate;
    this.actors = actors;
  }

  @Get
  @Operation(operationId = "getSubscriptionSecret", summary = "Read the signing secret")
  SecretResponse secret(
      @PathVariable String teamId,
      @PathVariable String subscriptionId,
      Authentication authentication) {
    var path = TeamPath.subscription(teamId, subscriptionId);
    var query = new GetSubscriptionQuery(actors.of(authentication), path.teamId(), path.id());
    return SecretResponse.from(get.get(query));
  }

  @Post("/rotate")
  @Operation(
      operationId = "rotateSubscriptionSecret",
      summary = "Rotate the signing secret",
      description = "The previous secret keeps signing deliveries for an overlap (24 h default).")
  SecretResponse rotate(
      @PathVariable String teamId,
      @PathVariable String subscriptionId,
      Authentication authentication) {
    var path = TeamPath.subscription(teamId, subscriptionId);
    var command =
        new RotateSubscriptionSecretCommand(actors.of(authentication), path.teamId(), path.id());
    return SecretResponse.from(rotate.rotate(command));
  }
}
