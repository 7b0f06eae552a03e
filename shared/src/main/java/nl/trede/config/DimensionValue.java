package nl.trede.config;

import java.util.List;

/**
 * One allowed value of a classification dimension: a stable key and the label the UI shows.
 *
 * @param rungs the rungs of the Participatieladder the value belongs with, where the policy ties it
 *     to them (Overbetuwe: "Focus op groei: Dit spoor sluit aan bij de treden drie en vier", 000 §4);
 *     empty when it is tied to none. A file whose current rung is not among them is flagged
 *     ({@link RungFit}), not refused: the coach records the rung in the field and the track follows.
 */
public record DimensionValue(String key, String label, List<Integer> rungs) {

  public DimensionValue {
    rungs = rungs == null ? List.of() : List.copyOf(rungs);
  }

  public DimensionValue(String key, String label) {
    this(key, label, null);
  }

  /** Whether a file on this rung fits the value; a value tied to no rungs fits every one. */
  public boolean fits(int rung) {
    return rungs.isEmpty() || rungs.contains(rung);
  }
}
