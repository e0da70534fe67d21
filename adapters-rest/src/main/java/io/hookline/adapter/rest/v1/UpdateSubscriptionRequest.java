package io.hookline.adapter.rest.v1;

import static io.hookline.adapter.rest.v1.MergePatch.BOOLEAN;
import static io.hookline.adapter.rest.v1.MergePatch.FILTER;
import static io.hookline.adapter.rest.v1.MergePatch.STRING;
import static io.hookline.adapter.rest.v1.MergePatch.STRINGS;
import static io.hookline.adapter.rest.v1.MergePatch.STRING_MAP;

import io.hookline.application.port.in.UpdateSubscriptionUseCase.UpdateSubscriptionCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.SubscriptionId;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PATCH …/subscriptions/{id}}, a JSON merge patch: absent members stay as they
 * are; {@code null} clears {@code description}, {@code headers}, {@code authorizationToken} and
 * {@code filter}, and is refused for {@code url}, {@code eventTypes}, {@code enabled} and {@code
 * format}.
 */
record UpdateSubscriptionRequest(JsonNode body) {

  UpdateSubscriptionCommand toCommand(Actor actor, TeamPath<SubscriptionId> path) {
    if (body == null || !body.isObject()) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, "the request body must be a JSON object");
    }
    Validation v = new Validation();
    MergePatch patch = new MergePatch(body, v);
    var command =
        new UpdateSubscriptionCommand(
            actor,
            path.teamId(),
            path.id(),
            patch.required("url", STRING, url -> SubscriptionValues.url(v, url)),
            patch.required("eventTypes", STRINGS, names -> SubscriptionValues.eventTypes(v, names)),
            patch.clearable("description", "", STRING, text -> text),
            patch.clearable(
                "headers", CustomHeaders.NONE, STRING_MAP, h -> SubscriptionValues.headers(v, h)),
            patch.optional(
                "authorizationToken",
                STRING,
                token -> SubscriptionValues.authorizationToken(v, token)),
            patch.optional("filter", FILTER, filter -> SubscriptionValues.filter(v, filter)),
            patch.required("format", STRING, format -> SubscriptionValues.format(v, format)),
            patch.required("enabled", BOOLEAN, enabled -> enabled));
    v.throwIfInvalid();
    return command;
  }

  /** The members a patch may hold, for the API description only. */
  @Schema(
      name = "SubscriptionPatch",
      description =
          "JSON merge patch: absent members are unchanged; null clears description, headers,"
              + " authorizationToken and filter, and is refused for the others")
  record Members(
      String url,
      List<String> eventTypes,
      @Schema(nullable = true) String description,
      @Schema(nullable = true) Map<String, String> headers,
      Boolean enabled,
      @Schema(nullable = true) String authorizationToken,
      @Schema(nullable = true) FilterBody filter,
      String format) {}
}
