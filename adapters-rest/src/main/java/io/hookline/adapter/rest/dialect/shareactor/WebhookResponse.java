package io.hookline.adapter.rest.dialect.shareactor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hookline.adapter.rest.dialect.ObjectIds;
import io.hookline.domain.subscription.Subscription;
import java.time.Instant;
import java.util.UUID;

/**
 * The ShareActor webhook object in MongoDB extended JSON: ids as {@code {"$oid": <24 hex>}}, times
 * as {@code {"$date": <epoch ms>}}, the company being the team and the secret the signing secret.
 */
record WebhookResponse(
    @JsonProperty("_id") ObjectId id,
    ObjectId company,
    MongoDate created,
    MongoDate updated,
    @JsonProperty("event_type") String eventType,
    boolean deleted,
    String secret,
    String endpoint) {

  static WebhookResponse from(Subscription subscription) {
    return new WebhookResponse(
        ObjectId.of(subscription.id().value()),
        ObjectId.of(subscription.teamId().value()),
        MongoDate.of(subscription.createdAt()),
        MongoDate.of(subscription.updatedAt()),
        subscription.settings().selectors().asStrings().getFirst(),
        subscription.isDeleted(),
        subscription.secrets().current().value(),
        subscription.settings().url().value());
  }

  /** The same webhook as its soft deletion shows it. */
  WebhookResponse asDeleted() {
    return new WebhookResponse(id, company, created, updated, eventType, true, secret, endpoint);
  }

  /** A MongoDB ObjectId in extended JSON, for a Hookline id (see {@link ObjectIds}). */
  record ObjectId(@JsonProperty("$oid") String oid) {

    static ObjectId of(UUID id) {
      return new ObjectId(ObjectIds.of(id));
    }

    /** Whether {@code text} is this id, in either letter case. */
    boolean is(String text) {
      return oid.equalsIgnoreCase(text);
    }
  }

  /** A MongoDB date: milliseconds since the epoch. */
  record MongoDate(@JsonProperty("$date") long date) {

    static MongoDate of(Instant instant) {
      return new MongoDate(instant.toEpochMilli());
    }
  }
}
