package nl.trede.client.ui.kit;

import java.util.ArrayList;
import java.util.List;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;

/**
 * A value to choose in one dimension of the municipality's classification (DOMAIN §4), with the
 * scheme's label; a null key is "nog niet ingedeeld", which is a valid state (000 §2.3).
 *
 * @param stale a value the scheme no longer knows, kept for review ("te herzien")
 */
public record DimensionChoice(String key, String label, boolean stale) {

  /** "Nog niet ingedeeld", then the dimension's values in the scheme's order. */
  public static List<DimensionChoice> of(Dimension dimension, Messages messages) {
    List<DimensionChoice> choices = new ArrayList<>();
    choices.add(new DimensionChoice(null, messages.get("classification.none"), false));
    for (DimensionValue v : dimension.values()) {
      choices.add(new DimensionChoice(v.key(), v.label(), false));
    }
    return choices;
  }
}
