package nl.trede.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a file's classification and its rung on the Participatieladder disagree: Overbetuwe ties
 * each track to rungs (000 §4, "Focus op werk: De focus sluit aan bij de treden vijf en zes"), and
 * rung and track are recorded apart (a ladder step in the field, the track in the classification),
 * so they can drift. The app and the console show the same mismatches from here.
 */
public final class RungFit {
  private RungFit() {}

  /** A value tied to rungs that do not include the file's current one. */
  public record Mismatch(Dimension dimension, DimensionValue value, int rung) {}

  /** The mismatches of a classification at a rung; none without a rung. */
  public static List<Mismatch> of(MunicipalityConfig config, Map<String, String> classification, Optional<Integer> rung) {
    if (rung.isEmpty()) {
      return List.of();
    }
    List<Mismatch> found = new ArrayList<>();
    for (Dimension d : config.dimensions()) {
      String key = classification.get(d.key());
      if (key == null) {
        continue;
      }
      d.value(key).filter(v -> !v.fits(rung.get())).ifPresent(v -> found.add(new Mismatch(d, v, rung.get())));
    }
    return found;
  }

  /** The values of each dimension a file on this rung would fit, for a hint such as "hoort bij". */
  public static List<DimensionValue> fitting(Dimension dimension, int rung) {
    return dimension.values().stream().filter(v -> !v.rungs().isEmpty() && v.fits(rung)).toList();
  }
}
