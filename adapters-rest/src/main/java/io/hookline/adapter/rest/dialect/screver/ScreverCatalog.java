package io.hookline.adapter.rest.dialect.screver;

import io.hookline.adapter.rest.dialect.DialectCatalog;
import io.hookline.adapter.rest.dialect.Dialects;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/** The event types the Screver webhook document names, offered while the dialect is on. */
@Singleton
@Requires(property = Dialects.PROPERTY, pattern = Dialects.SCREVER, defaultValue = Dialects.ALL)
final class ScreverCatalog implements DialectCatalog {

  static final String OPTION_SELECTED = "optionSelected";
  static final String SURVEY_COMPLETED = "surveyCompleted";

  @Override
  public String dialect() {
    return "screver";
  }

  @Override
  public List<Entry> eventTypes() {
    return List.of(
        new Entry(
            OPTION_SELECTED,
            "A user clicked a predefined answer in an email (Screver: timestamp, surveyItemId,"
                + " meta, question, answer)"),
        new Entry(SURVEY_COMPLETED, "A user completed a survey (Screver: timestamp, meta)"));
  }
}
