package io.hookline.adapter.rest.dialect.challengeme;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.subscription.AuthorizationToken;
import io.hookline.domain.subscription.Subscription;
import io.hookline.domain.team.Team;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One webhook URL of a team and the events it listens for, as the registered listing shows it. */
@Schema(name = "ChallengeMeRegisteredWebhook")
@JsonInclude(JsonInclude.Include.ALWAYS)
record RegisteredWebhook(
    String teamId,
    String teamName,
    @Schema(example = "http://your_address.com/api/v1/webhook") String webhookUrl,
    @Schema(description = "sent to the webhook as 'Authorization: Bearer <token>'; null if none")
        String authorizationToken,
    @Schema(example = "[\"submittedChallenge\", \"startedChallenge\"]") List<String> events) {

  static RegisteredWebhook from(Team team, Subscription subscription) {
    var settings = subscription.settings();
    return new RegisteredWebhook(
        team.id().toString(),
        team.name().value(),
        settings.url().value(),
        settings.authorizationToken().map(AuthorizationToken::value).orElse(null),
        settings.selectors().asStrings());
  }
}
