package nl.trede.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of the municipality's instruments catalogue.
 *
 * @param cost the usual cost per grant, for budgeting; the grant itself records the real amount
 * @param budgetLine key of a {@link BudgetLine}
 * @param conditions policy conditions on granting it; {@code null} when there are none
 * @param meantFor the classification values (dimension key to values, any of them) the instrument is
 *     meant for: the route it belongs to (Overbetuwe: "een overzicht ... van zorg- en
 *     ondersteuningsroutes die gekoppeld worden aan profielen", 001 §2.1.3). A hint for whoever
 *     chooses, not a condition: the choice stays "maatwerk", so a grant to another file is not refused.
 *     Empty: meant for nobody in particular (decision 0070)
 */
public record Instrument(
    String code, String name, InstrumentKind kind, BigDecimal cost, String budgetLine,
    InstrumentConditions conditions, String source, Map<String, List<String>> meantFor) {

  @JsonCreator
  public Instrument {
    // Kept in the file's order, and a dimension left without values kept as such for ConfigCheck to
    // name, rather than failing the load on a null with no field named.
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (meantFor != null) {
      meantFor.forEach((key, values) -> copy.put(key,
          values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values))));
    }
    meantFor = Collections.unmodifiableMap(copy);
  }

  public Instrument(String code, String name, InstrumentKind kind, BigDecimal cost, String budgetLine,
      InstrumentConditions conditions, String source) {
    this(code, name, kind, cost, budgetLine, conditions, source, null);
  }

  /**
   * Whether the instrument is meant for a file classified so: it names a route, and for every
   * dimension it names the file has one of the values. A file not yet classified on such a dimension
   * is on no route yet.
   */
  public boolean isMeantFor(Map<String, String> classification) {
    return !meantFor.isEmpty() && Population.classifiedAs(meantFor, classification);
  }
}
