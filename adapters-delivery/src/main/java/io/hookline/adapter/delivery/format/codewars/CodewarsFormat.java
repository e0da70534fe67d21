package io.hookline.adapter.delivery.format.codewars;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.event.Event;
import io.hookline.domain.eventtype.EventTypeName;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Codewars Hookbot wire format (seed 002): the {@link CodewarsEnvelope} body with {@code
 * User-Agent: Codewars Hookbot}, {@code X-Webhook-Event: <model>} and the subscription's current
 * secret as it is in {@code X-Webhook-Secret}; the document defines no signature, so none is sent.
 */
public final class CodewarsFormat implements WireFormat {

  /** The {@code User-Agent} the document gives, sent instead of Hookline's own. */
  private static final String USER_AGENT = "Codewars Hookbot";

  private static final String EVENT_HEADER = "X-Webhook-Event";
  private static final String SECRET_HEADER = "X-Webhook-Secret";

  /** The type of the event the core sends a subscription when it is created or updated. */
  private static final EventTypeName ANNOUNCEMENT = new EventTypeName("webhook.updated");

  /** How many hex digits of a subscription id stand for it, as the document's 24-hex ids. */
  private static final int OBJECT_ID_DIGITS = 24;

  @Override
  public Request render(OutgoingWebhook webhook, Instant sentAt) {
    CodewarsEnvelope envelope = CodewarsEnvelope.of(webhook.event().type());
    byte[] body = envelope.body(data(webhook)).getBytes(UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", USER_AGENT);
    headers.put("Content-Type", "application/json");
    headers.put(EVENT_HEADER, envelope.model());
    headers.put(SECRET_HEADER, webhook.secrets().getFirst().value());
    WireFormat.addSubscriberHeaders(headers, webhook.subscription().settings());
    return new Request(body, headers);
  }

  /**
   * The event's data; in the announcement of the subscription's own change, whose data is {@code
   * {"id":"<subscription id>"}}, the id is shortened to the 24 hex digits the document shows.
   */
  private static String data(OutgoingWebhook webhook) {
    Event event = webhook.event();
    String data = event.data().json();
    String ownId = webhook.subscription().id().toString();
    boolean announcement =
        event.type().equals(ANNOUNCEMENT)
            && JsonMembers.of(data)
                .filter(members -> members.size() == 1)
                .map(List::getFirst)
                .filter(id -> id.name().equals("id") && id.rawValue().equals('"' + ownId + '"'))
                .isPresent();
    return announcement ? "{\"id\":\"" + objectId(ownId) + "\"}" : data;
  }

  /** The first 24 hex digits of a UUID, the form in which the document shows webhook ids. */
  private static String objectId(String uuid) {
    return uuid.replace("-", "").substring(0, OBJECT_ID_DIGITS);
  }
}
