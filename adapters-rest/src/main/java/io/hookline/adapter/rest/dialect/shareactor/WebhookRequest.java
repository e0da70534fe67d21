package io.hookline.adapter.rest.dialect.shareactor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hookline.application.port.in.UpdateSubscriptionUseCase.UpdateSubscriptionCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Validation;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelector;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionSettings;
import io.hookline.domain.subscription.WebhookUrl;
import java.util.function.Function;

/**
 * The body of {@code POST /webhooks} (both members required) and of {@code PUT /webhooks/{id}} (an
 * absent or null member stays as it is), ignoring other members such as the {@code _id} or {@code
 * secret} of an object read before.
 */
record WebhookRequest(String endpoint, @JsonProperty("event_type") String eventType) {

  static final String ENDPOINT = "endpoint";
  static final String EVENT_TYPE = "event_type";

  /** The settings of a new webhook: its URL, its one event type, the ShareActor wire format. */
  SubscriptionSettings toSettings() {
    Validation validation = new Validation();
    WebhookUrl url = required(validation, ENDPOINT, endpoint, WebhookUrl::new);
    EventSelectors selectors = required(validation, EVENT_TYPE, eventType, WebhookRequest::only);
    validation.throwIfInvalid();
    return SubscriptionSettings.of(url, selectors).withFormat(DeliveryFormat.SHAREACTOR);
  }

  /** The change of {@code webhook} that the given members ask for. */
  UpdateSubscriptionCommand toCommand(Actor actor, Subscription webhook) {
    Validation validation = new Validation();
    var command = UpdateSubscriptionCommand.of(actor, webhook.teamId(), webhook.id());
    if (endpoint != null) {
      WebhookUrl url = validation.field(ENDPOINT, () -> new WebhookUrl(endpoint));
      command = url == null ? command : command.withUrl(url);
    }
    if (eventType != null) {
      EventSelectors selectors = validation.field(EVENT_TYPE, () -> only(eventType));
      command = selectors == null ? command : command.withSelectors(selectors);
    }
    validation.throwIfInvalid();
    return command;
  }

  /** Exactly one event type of the catalog's list; no wildcards, as the document offers none. */
  private static EventSelectors only(String name) {
    return EventSelectors.of(EventSelector.exact(new EventTypeName(name.strip())));
  }

  private static <T> T required(
      Validation validation, String field, String value, Function<String, T> parse) {
    if (value == null) {
      validation.reject(field, "is required");
      return null;
    }
    return validation.field(field, () -> parse.apply(value));
  }
}
