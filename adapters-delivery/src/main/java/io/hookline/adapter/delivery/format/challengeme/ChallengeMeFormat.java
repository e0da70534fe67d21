package io.hookline.adapter.delivery.format.challengeme;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.adapter.delivery.format.StandardWebhooksFormat;
import io.hookline.adapter.delivery.format.WireFormat;
import io.hookline.application.port.out.WebhookSender.OutgoingWebhook;
import io.hookline.domain.event.Event;
import java.time.Instant;
import java.util.Objects;

/**
 * The ChallengeMe wire format: a flat JSON body that names the event as ChallengeMe did ({@code
 * eventName}) with the team, the event's id and time and its data, sent with the registration's
 * {@code Authorization: Bearer <authorizationToken>} and signed in the Standard Webhooks headers.
 */
public final class ChallengeMeFormat implements WireFormat {

  private final String userAgent;

  public ChallengeMeFormat(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public Request render(OutgoingWebhook webhook, Instant sentAt) {
    return StandardWebhooksFormat.signed(userAgent, webhook, sentAt, body(webhook.event()));
  }

  /**
   * {@code {"eventName":…,"teamId":…,"eventId":…,"timestamp":…,"data":…}} with the data's JSON text
   * copied verbatim. Type names are {@code [A-Za-z0-9_.:-]}, ids are UUIDs and the timestamp is
   * ISO-8601, so none of them needs JSON escaping.
   */
  static byte[] body(Event event) {
    String data = event.data().json();
    return new StringBuilder(data.length() + 200)
        .append("{\"eventName\":\"")
        .append(event.type().value())
        .append("\",\"teamId\":\"")
        .append(event.teamId())
        .append("\",\"eventId\":\"")
        .append(event.id())
        .append("\",\"timestamp\":\"")
        .append(event.createdAt())
        .append("\",\"data\":")
        .append(data)
        .append('}')
        .toString()
        .getBytes(UTF_8);
  }
}
