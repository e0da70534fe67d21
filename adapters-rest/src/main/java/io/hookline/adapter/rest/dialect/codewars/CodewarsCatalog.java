package io.hookline.adapter.rest.dialect.codewars;

import io.hookline.adapter.rest.dialect.DialectCatalog;
import io.hookline.adapter.rest.dialect.Dialects;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The events the Codewars Hookbot document names, as {@code <model>.<action>} types; the Codewars
 * dialect has no paths of its own (receivers are subscribed through the native API with {@code
 * "format": "codewars"}), so this catalog is all it adds to a deployment.
 */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.CODEWARS, defaultValue = Dialects.ALL)
final class CodewarsCatalog implements DialectCatalog {

  private static final List<Entry> EVENT_TYPES =
      List.of(
          new Entry("code_challenge.created", "Code challenge was created"),
          new Entry(
              "code_challenge.approve_successful",
              "A code challenge was successfully approved (no longer in beta state)"),
          new Entry(
              "code_challenge.voted",
              "Someone voted on the code challenge. Does not specify what type of vote."),
          new Entry(
              "code_challenge.solution_finalized",
              "Someone submitted a solution to the code challenge"),
          new Entry(
              "user.rank_upgraded",
              "The user's rank has been upgraded. Could be a global rank, or a language rank"),
          new Entry(
              "user.honor_changed",
              "The user's honor has changed (usually in a positive direction)"),
          new Entry(
              "webhook.updated",
              "The webhook was created or updated (sent to that webhook alone, as a ping)"));

  @Override
  public String dialect() {
    return "codewars";
  }

  @Override
  public List<Entry> eventTypes() {
    return EVENT_TYPES;
  }
}
