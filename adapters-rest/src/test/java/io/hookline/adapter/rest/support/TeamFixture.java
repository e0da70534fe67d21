package io.hookline.adapter.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A new team as one of its publishers sees it through the API: subscribes, publishes, reads. */
public final class TeamFixture {

  private final Api api;
  private final String id;
  private final String token;

  public TeamFixture(Api api) {
    this.api = api;
    this.id = api.createTeam();
    this.token = Tokens.publisher(id);
  }

  public String id() {
    return id;
  }

  /** A token of this team with the publisher role. */
  public String token() {
    return token;
  }

  /** The path of {@code suffix} under this team, such as {@code /events}. */
  public String path(String suffix) {
    return "/api/v1/teams/" + id + suffix;
  }

  public String subscribe(List<String> eventTypes) {
    return subscribe(Map.of("url", "https://receiver.example/hooks", "eventTypes", eventTypes));
  }

  /** Subscribes to events about one object only. */
  public String subscribe(List<String> eventTypes, String objectType, String objectId) {
    return subscribe(
        Map.of(
            "url",
            "https://receiver.example/hooks",
            "eventTypes",
            eventTypes,
            "filter",
            Map.of("objectType", objectType, "objectId", objectId)));
  }

  private String subscribe(Map<String, Object> body) {
    return api.post(path("/subscriptions"), token, body).expect(201).json().get("id").asText();
  }

  /** Publishes an event of the type with the data (null too) and returns the 202 answer. */
  public JsonNode publish(String type, Object data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("data", data);
    return publish(body);
  }

  public JsonNode publish(Map<String, Object> body) {
    return api.post(path("/events"), token, body).expect(202).json();
  }

  /** The id of the one delivery an event made. */
  public String onlyDeliveryOf(String eventId) {
    List<String> ids = deliveryIds("?eventId=" + eventId);
    if (ids.size() != 1) {
      throw new AssertionError("event " + eventId + " has deliveries " + ids);
    }
    return ids.getFirst();
  }

  /** The ids in the first page of the delivery log, for a query such as {@code ?status=failed}. */
  public List<String> deliveryIds(String query) {
    List<String> ids = new ArrayList<>();
    deliveries(query).forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  /** The items of the first page of the delivery log for the query. */
  public JsonNode deliveries(String query) {
    return api.get(path("/deliveries" + query), token).expect(200).json().get("items");
  }

  /** Asks for the delivery to be retried now, without a body. */
  public Reply retry(String deliveryId) {
    return api.sendBytes("POST", path("/deliveries/" + deliveryId + "/retry"), token, null, null);
  }

  public JsonNode delivery(String deliveryId) {
    return api.get(path("/deliveries/" + deliveryId), token).expect(200).json();
  }
}
