package nl.trede.server.office.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.config.Dimension;
import nl.trede.config.MunicipalityConfig;
import nl.trede.server.kpi.KpiScope;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.OfficeText;

/** Helpers the dashboards share. */
final class Dashboards {
  /** The query parameter of the dimension a dashboard splits by. */
  static final String DIMENSION = "indeling";

  private Dashboards() {}

  /** A case manager's figures cover their own caseload; office and admin the municipality. */
  static KpiScope scope(OfficeUser user) {
    return new KpiScope(user.tenantId(), user.scope());
  }

  /** A user's name as the console shows it: {@code nobody} for none, "unknown" for an id not of this municipality. */
  static String person(Map<String, DisplayNames.Person> users, UUID id, String nobody, OfficeText t) {
    if (id == null) {
      return nobody;
    }
    DisplayNames.Person p = users.get(id.toString());
    return p == null ? t.get("visits.unknown") : p.displayName();
  }

  static double share(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }

  /** A share as a percentage with one decimal, for a table cell; null when there is nothing to divide by. */
  static Double percent(int part, int whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }

  static Double percent(Double share) {
    return share == null || share.isNaN() ? null : Math.round(share * 1000) / 10.0;
  }

  /**
   * The choice of a dimension of the municipality's own classification, labelled as its
   * configuration labels it; the first dimension by default. None when it has no classification.
   */
  static List<Option> dimensionOption(Optional<MunicipalityConfig> config, OfficeText t) {
    if (config.isEmpty() || config.get().dimensions().isEmpty()) {
      return List.of();
    }
    List<Option.Choice> choices = config.get().dimensions().stream()
        .map(d -> new Option.Choice(d.key(), d.group() == null ? d.label() : d.group() + ": " + d.label())).toList();
    return List.of(new Option(DIMENSION, t.get("option.dimension"), choices, choices.get(0).value()));
  }

  static Optional<Dimension> dimension(Optional<MunicipalityConfig> config, Selection selection) {
    String key = selection.choice(DIMENSION);
    return key == null ? Optional.empty() : config.flatMap(c -> c.dimension(key));
  }

  /** The label of a value of a dimension, or what Trede shows for none and for values the scheme dropped. */
  static String valueLabel(Dimension dimension, String key, OfficeText t) {
    if (key == null) {
      return t.get("classification.none");
    }
    return dimension.value(key).map(v -> v.label()).orElse(t.get("classification.review", key));
  }
}
