package io.hookline.adapter.rest.dialect.screver;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.hookline.domain.subscription.Subscription;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The webhook bodies of the Screver API, each with the members and member order its document shows:
 * ObjectId-like ids, the secret as the API shows it, and ISO-8601 UTC times in milliseconds.
 */
final class WebhookResponses {

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private WebhookResponses() {}

  /** The answer to a creation, with the owning company and the document's {@code __v: 0}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"_id", "type", "company", "url", "secret", "createdAt", "updatedAt", "__v"})
  record Created(
      @JsonProperty("_id") String id,
      String type,
      String company,
      String url,
      String secret,
      String createdAt,
      String updatedAt,
      @JsonProperty("__v") int version) {}

  /** The answer to an update, which the document starts with {@code type}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"type", "_id", "url", "secret", "createdAt", "updatedAt"})
  record Updated(
      String type,
      @JsonProperty("_id") String id,
      String url,
      String secret,
      String createdAt,
      String updatedAt) {}

  /** A webhook as a read and each entry of a listing show it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"_id", "type", "url", "secret", "createdAt", "updatedAt"})
  record Webhook(
      @JsonProperty("_id") String id,
      String type,
      String url,
      String secret,
      String createdAt,
      String updatedAt) {}

  /** One page of a listing and how many webhooks there are in all. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"resources", "total"})
  record WebhookList(List<Webhook> resources, int total) {}

  static Created created(Subscription s) {
    return new Created(
        ScreverWebhooks.objectId(s.id().value()),
        type(s),
        ScreverWebhooks.objectId(s.teamId().value()),
        s.settings().url().value(),
        secret(s),
        time(s.createdAt()),
        time(s.updatedAt()),
        0);
  }

  static Updated updated(Subscription s) {
    Webhook webhook = webhook(s);
    return new Updated(
        webhook.type(),
        webhook.id(),
        webhook.url(),
        webhook.secret(),
        webhook.createdAt(),
        webhook.updatedAt());
  }

  static Webhook webhook(Subscription s) {
    return new Webhook(
        ScreverWebhooks.objectId(s.id().value()),
        type(s),
        s.settings().url().value(),
        secret(s),
        time(s.createdAt()),
        time(s.updatedAt()));
  }

  /** The one selector a Screver webhook has (the first, should the native API have added more). */
  private static String type(Subscription s) {
    return s.settings().selectors().asStrings().getFirst();
  }

  private static String secret(Subscription s) {
    return s.secrets().current().value();
  }

  private static String time(Instant instant) {
    return MILLIS.format(instant);
  }
}
