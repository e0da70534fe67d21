package io.hookline.adapter.rest.dialect.challengeme;

import io.hookline.adapter.rest.dialect.DialectCatalog;
import io.hookline.adapter.rest.dialect.Dialects;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/** The events the ChallengeMe document names, so its clients find them to register to. */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.CHALLENGEME, defaultValue = Dialects.ALL)
final class ChallengeMeCatalog implements DialectCatalog {

  @Override
  public String dialect() {
    return "challengeme";
  }

  @Override
  public List<Entry> eventTypes() {
    return List.of(
        new Entry(
            "submittedChallenge", "ChallengeMe: a team member submitted a solution to a challenge"),
        new Entry("startedChallenge", "ChallengeMe: a team member started a challenge"));
  }
}
