package nl.trede.domain.placement;

/**
 * How an ended placement turned out against its goal. The seeds ask for "de ervaren effecten bij
 * zowel cliënt als consulent/loopbaanbegeleider" (003 §1B) but name no scale, so these four are
 * Trede's (decision 0058); the Dutch labels live in the resource bundles.
 */
public enum EvaluationOutcome {
  /** Doel bereikt. */
  GOAL_REACHED,
  /** Doel deels bereikt. */
  PARTLY_REACHED,
  /** Doel niet bereikt. */
  NOT_REACHED,
  /** Voortijdig gestopt: too short to judge the goal. */
  STOPPED_EARLY
}
