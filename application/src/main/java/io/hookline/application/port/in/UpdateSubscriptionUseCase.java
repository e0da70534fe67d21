package io.hookline.application.port.in;

import io.hookline.domain.access.Actor;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.CustomHeaders;
import io.hookline.domain.subscription.DeliveryFormat;
import io.hookline.domain.subscription.EventSelectors;
import io.hookline.domain.subscription.ObjectFilter;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.subscription.SubscriptionId;
import io.hookline.domain.subscription.WebhookUrl;
import io.hookline.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/** Changes some settings of a subscription, or switches it on or off. */
public interface UpdateSubscriptionUseCase {

  Subscription update(UpdateSubscriptionCommand command);

  /** The subscription, one patch per changeable field, and who asks. */
  record UpdateSubscriptionCommand(
      Actor actor,
      TeamId teamId,
      SubscriptionId subscriptionId,
      Patch<WebhookUrl> url,
      Patch<EventSelectors> selectors,
      Patch<String> description,
      Patch<CustomHeaders> headers,
      Patch<Optional<AuthorizationToken>> authorizationToken,
      Patch<Optional<ObjectFilter>> filter,
      Patch<DeliveryFormat> format,
      Patch<Boolean> enabled) {

    public UpdateSubscriptionCommand {
      Objects.requireNonNull(actor);
      Objects.requireNonNull(teamId);
      Objects.requireNonNull(subscriptionId);
      url = orUnchanged(url);
      selectors = orUnchanged(selectors);
      description = orUnchanged(description);
      headers = orUnchanged(headers);
      authorizationToken = orUnchanged(authorizationToken);
      filter = orUnchanged(filter);
      format = orUnchanged(format);
      enabled = orUnchanged(enabled);
    }

    /** A command that changes nothing yet; combine with the {@code with…} methods. */
    public static UpdateSubscriptionCommand of(
        Actor actor, TeamId teamId, SubscriptionId subscriptionId) {
      return new UpdateSubscriptionCommand(
          actor, teamId, subscriptionId, null, null, null, null, null, null, null, null);
    }

    public UpdateSubscriptionCommand withUrl(WebhookUrl value) {
      return new UpdateSubscriptionCommand(
          actor,
          teamId,
          subscriptionId,
          Patch.set(value),
          selectors,
          description,
          headers,
          authorizationToken,
          filter,
          format,
          enabled);
    }

    public UpdateSubscriptionCommand withSelectors(EventSelectors value) {
      return new UpdateSubscriptionCommand(
          actor,
          teamId,
          subscriptionId,
          url,
          Patch.set(value),
          description,
          headers,
          authorizationToken,
          filter,
          format,
          enabled);
    }

    public UpdateSubscriptionCommand withAuthorizationToken(Optional<AuthorizationToken> value) {
      return new UpdateSubscriptionCommand(
          actor,
          teamId,
          subscriptionId,
          url,
          selectors,
          description,
          headers,
          Patch.setOrClear(value),
          filter,
          format,
          enabled);
    }

    public UpdateSubscriptionCommand withHeaders(CustomHeaders value) {
      return new UpdateSubscriptionCommand(
          actor,
          teamId,
          subscriptionId,
          url,
          selectors,
          description,
          Patch.set(value),
          authorizationToken,
          filter,
          format,
          enabled);
    }

    public UpdateSubscriptionCommand withFilter(Optional<ObjectFilter> value) {
      return new UpdateSubscriptionCommand(
          actor,
          teamId,
          subscriptionId,
          url,
          selectors,
          description,
          headers,
          authorizationToken,
          Patch.setOrClear(value),
          format,
          enabled);
    }

    private static <T> Patch<T> orUnchanged(Patch<T> patch) {
      return patch == null ? Patch.unchanged() : patch;
    }
  }
}
