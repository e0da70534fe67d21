package io.hookline.adapter.delivery.format.codewars;

import io.hookline.adapter.delivery.format.codewars.JsonMembers.Member;
import io.hookline.domain.eventtype.EventTypeName;
import java.util.List;
import java.util.Optional;

/**
 * The Codewars Hookbot body {@code {"action": <action>, "<model>": {…}}} for an event type named
 * {@code <model>.<action>}, with the event's data copied into it exactly as published.
 */
record CodewarsEnvelope(String model, String action) {

  /**
   * Splits the type at its last dot: {@code code_challenge.solution_finalized} is the model {@code
   * code_challenge} and the action {@code solution_finalized}; a type without a dot is a model with
   * the empty action.
   */
  static CodewarsEnvelope of(EventTypeName type) {
    String name = type.value();
    int dot = name.lastIndexOf('.');
    return dot < 0
        ? new CodewarsEnvelope(name, "")
        : new CodewarsEnvelope(name.substring(0, dot), name.substring(dot + 1));
  }

  /**
   * The body for {@code data}: data that holds a {@code "<model>"} member is spread next to {@code
   * "action"} (so it can carry siblings such as {@code "solution"}), minus any {@code "action"}
   * member of its own; any other data becomes the {@code "<model>"} member. Type names need no JSON
   * escaping, so model and action are written as they are.
   */
  String body(String data) {
    StringBuilder body = new StringBuilder(data.length() + model.length() + 32);
    body.append("{\"action\":\"").append(action).append('"');
    Optional<List<Member>> spread = JsonMembers.of(data).filter(this::holdsModel);
    if (spread.isPresent()) {
      for (Member member : spread.orElseThrow()) {
        if (!member.name().equals("action")) {
          body.append(',').append(member.rawName()).append(':').append(member.rawValue());
        }
      }
    } else {
      body.append(",\"").append(model).append("\":").append(data.strip());
    }
    return body.append('}').toString();
  }

  private boolean holdsModel(List<Member> members) {
    return members.stream().anyMatch(member -> member.name().equals(model));
  }
}
