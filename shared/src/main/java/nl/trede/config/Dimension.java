package nl.trede.config;

import java.util.List;
import java.util.Optional;

/**
 * One axis of a municipality's own classification (DOMAIN §4): Overbetuwe's track, Dalfsen's
 * category, one aspect of Lansingerland's motivation profile. A candidate has at most one value
 * per dimension; "not yet classified" is simply no value.
 *
 * @param group groups dimensions on screen (e.g. "Motivatieprofiel"); may be {@code null}
 * @param fieldEditable whether a coach may change it in the field, or only the case manager
 * @param source the section of the policy document it comes from
 * @param description what the dimension means and, where the document says so, what follows from
 *     a value (Lansingerland maps each aspect of its profiles to an intervention, 002 Bijlage 1);
 *     shown as help next to the field; may be {@code null}
 */
public record Dimension(
    String key, String label, String group, List<DimensionValue> values, Boolean fieldEditable,
    String source, String description) {

  public static final int MAX_DESCRIPTION = 1000;

  public Dimension {
    values = values == null ? List.of() : List.copyOf(values);
    // Left out means the case manager sets it: the safe side.
    fieldEditable = Boolean.TRUE.equals(fieldEditable);
  }

  public Dimension(String key, String label, String group, List<DimensionValue> values, Boolean fieldEditable,
      String source) {
    this(key, label, group, values, fieldEditable, source, null);
  }

  public Optional<DimensionValue> value(String key) {
    return values.stream().filter(v -> v.key().equals(key)).findFirst();
  }

  public String labelOf(String valueKey) {
    return value(valueKey).map(DimensionValue::label).orElse(valueKey);
  }
}
