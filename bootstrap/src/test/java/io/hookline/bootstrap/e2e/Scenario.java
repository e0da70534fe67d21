package io.hookline.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/**
 * A fresh team with its own event type on a running Hookline, and the calls tests make on it, so
 * tests sharing one database never see each other's data.
 */
final class Scenario {

  final HooklineInstance hookline;
  final String teamId;
  final String type;
  final String admin = HooklineInstance.adminToken();

  Scenario(HooklineInstance hookline) {
    this.hookline = hookline;
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    this.teamId =
        hookline
            .call(201, "POST", "/api/v1/teams", admin, "{\"name\":\"team-" + suffix + "\"}")
            .get("id")
            .asText();
    this.type = "e2e" + suffix + ".created";
    hookline.call(201, "POST", "/api/v1/event-types", admin, "{\"name\":\"" + type + "\"}");
  }

  String team(String path) {
    return "/api/v1/teams/" + teamId + path;
  }

  /** Subscribes {@code url} to this scenario's event type; returns the subscription with secret. */
  JsonNode subscribe(String url) {
    return subscribe(url, List.of(type));
  }

  JsonNode subscribe(String url, List<String> eventTypes) {
    String types = String.join("\",\"", eventTypes);
    return hookline.call(
        201,
        "POST",
        team("/subscriptions"),
        admin,
        "{\"url\":\"" + url + "\",\"eventTypes\":[\"" + types + "\"]}");
  }

  JsonNode publish(String data) {
    return hookline.call(
        202, "POST", team("/events"), admin, "{\"type\":\"" + type + "\",\"data\":" + data + "}");
  }

  JsonNode deliveries(String query) {
    return hookline.call(200, "GET", team("/deliveries" + query), admin, null).get("items");
  }

  JsonNode delivery(String id) {
    return hookline.call(200, "GET", team("/deliveries/" + id), admin, null);
  }
}
