package io.hookline.adapter.rest.dialect.screver;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.hookline.application.port.in.CreateSubscriptionUseCase.CreateSubscriptionCommand;
import io.hookline.application.port.in.UpdateSubscriptionUseCase.UpdateSubscriptionCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.FieldError;
import io.hookline.domain.common.InvalidInputException;
import io.hookline.domain.common.Validation;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelector;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.TeamId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.function.Supplier;

/**
 * The body of {@code POST /api/v2/webhooks} and {@code PUT /api/v2/webhooks/:id}: the event {@code
 * type} (a catalog name or {@code *}) and the callback {@code url}. A creation needs both; an
 * update changes the ones it names. Other members ({@code _id}, {@code secret}, …) are ignored.
 */
@Schema(name = "ScreverWebhookBody")
@JsonIgnoreProperties(ignoreUnknown = true)
record WebhookRequest(
    @Schema(example = "optionSelected", description = "optionSelected, surveyCompleted or *")
        String type,
    @Schema(example = "https://go.screver.com/api/v1/test-webhook") String url) {

  /** An absent body: no member given. */
  static final WebhookRequest EMPTY = new WebhookRequest(null, null);

  CreateSubscriptionCommand toCreateCommand(Actor actor, TeamId team) {
    Validation validation = new Validation();
    if (type == null) {
      validation.reject("type", "should not be empty");
    }
    if (url == null) {
      validation.reject("url", "should not be empty");
    }
    EventSelectors selectors = type == null ? null : selectors(validation);
    WebhookUrl webhookUrl = url == null ? null : url(validation);
    validation.throwIfInvalid();
    return new CreateSubscriptionCommand(
        actor,
        team,
        SubscriptionSettings.of(webhookUrl, selectors).withFormat(DeliveryFormat.SCREVER));
  }

  UpdateSubscriptionCommand toUpdateCommand(Actor actor, TeamId team, SubscriptionId id) {
    Validation validation = new Validation();
    EventSelectors selectors = type == null ? null : selectors(validation);
    WebhookUrl webhookUrl = url == null ? null : url(validation);
    validation.throwIfInvalid();
    UpdateSubscriptionCommand command = UpdateSubscriptionCommand.of(actor, team, id);
    command = selectors == null ? command : command.withSelectors(selectors);
    return webhookUrl == null ? command : command.withUrl(webhookUrl);
  }

  private EventSelectors selectors(Validation validation) {
    return validation.field(
        "type",
        () -> {
          EventSelector selector = new EventSelector(type);
          if (selector.isPrefix()) {
            throw InvalidInputException.of("", "must be an event type name or *");
          }
          return EventSelectors.of(selector);
        });
  }

  private WebhookUrl url(Validation validation) {
    return validation.field("url", () -> new WebhookUrl(url));
  }

  /** Runs a use case, naming the core's refusals of {@code eventTypes} after the body's type. */
  static Subscription namingType(Supplier<Subscription> useCase) {
    try {
      return useCase.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.errors().stream()
              .map(
                  error ->
                      error.field().startsWith("eventTypes")
                          ? new FieldError("type", error.message())
                          : error)
              .toList());
    }
  }
}
