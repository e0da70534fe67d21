package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.adapter.rest.support.Api;
import io.hookline.adapter.rest.support.Reply;
import io.hookline.adapter.rest.support.Tokens;
import java.util.List;
import java.util.Map;

/** A new team as a ChallengeMe client sees it: its id, its token, and the document's calls. */
final class ChallengeMeTeam {

  static final String BASE = "/api/v1/webhooks/events";
  static final String SINGULAR = "/api/v1/webhook/events";

  final Api api;
  final String id;
  final String token;

  ChallengeMeTeam(Api api) {
    this.api = api;
    this.id = api.createTeam();
    this.token = Tokens.member(id);
    for (String name : List.of("submittedChallenge", "startedChallenge")) {
      int status = api.post("/api/v1/event-types", Tokens.admin(), Map.of("name", name)).status();
      if (status != 201 && status != 409) {
        throw new AssertionError("the catalog refused " + name + " with " + status);
      }
    }
  }

  /** The path of a ChallengeMe operation for this team, such as {@code registration}. */
  String path(String operation) {
    return BASE + "/" + operation + "/" + id;
  }

  Reply register(String url, List<String> events, String authorizationToken) {
    return api.post(
        path("registration"),
        token,
        Map.of("webhookUrl", url, "events", events, "authorizationToken", authorizationToken));
  }

  Reply registered() {
    return api.get(path("registered"), token);
  }

  Reply logout(String url, List<String> events) {
    return api.send(
        "DELETE",
        path("logout"),
        token,
        "application/json",
        "{\"webhookUrl\":\"" + url + "\",\"events\":[\"" + String.join("\",\"", events) + "\"]}");
  }
}
