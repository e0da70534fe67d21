package io.hookline.adapter.rest.dialect;

/**
 * The seed API dialects and how a deployment switches them on: {@code hookline.dialects}
 * (HOOKLINE_DIALECTS), a comma list of dialect names, {@code all} by default. A dialect's beans
 * carry {@code @Requires(property = Dialects.PROPERTY, pattern = Dialects.<NAME>, defaultValue =
 * Dialects.ALL)}, so a switched-off dialect has no routes (its paths answer 404).
 */
public final class Dialects {

  /** The property that lists the dialects a deployment exposes. */
  public static final String PROPERTY = "hookline.dialects";

  /** The default: every dialect. */
  public static final String ALL = "all";

  /** Seed 000, the ChallengeMe team webhooks. */
  public static final String CHALLENGEME = "(?i)(.*[ ,])?(all|challengeme)([ ,].*)?";

  /** Seed 001, the GUID WebHookSubscription API. */
  public static final String GUID = "(?i)(.*[ ,])?(all|guid)([ ,].*)?";

  /** Seed 002, the Codewars Hookbot deliveries. */
  public static final String CODEWARS = "(?i)(.*[ ,])?(all|codewars)([ ,].*)?";

  /** Seed 003, the Screver /api/v2/webhooks API. */
  public static final String SCREVER = "(?i)(.*[ ,])?(all|screver)([ ,].*)?";

  /** Seed 004, the ShareActor /webhooks API. */
  public static final String SHAREACTOR = "(?i)(.*[ ,])?(all|shareactor)([ ,].*)?";

  private Dialects() {}
}
