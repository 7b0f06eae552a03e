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
  /** The query parameter of the year a dashboard shows month by month. */
  static final String YEAR = "jaar";
  /** Ours: the years offered, this one and the nine before it. */
  static final int YEARS_OFFERED = 10;

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

  /** An amount of money for a figure: "€ 1.234,5"; "–" for none. */
  static String euro(java.math.BigDecimal amount) {
    return amount == null ? "–" : "€ " + nl.trede.server.office.view.DisplayFormat.INSTANCE.number(amount, 2);
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

  /** The choice of a year: this one (the default) and the years before it, newest first. */
  static Option yearOption(java.time.LocalDate today, OfficeText t) {
    List<Option.Choice> years = new java.util.ArrayList<>();
    for (int y = today.getYear(); y > today.getYear() - YEARS_OFFERED; y--) {
      years.add(new Option.Choice(String.valueOf(y), String.valueOf(y)));
    }
    return new Option(YEAR, t.get("option.year"), years, years.get(0).value());
  }

  /** The chosen year's days: 1 January to 31 December, in the current year up to today. */
  static Period yearPeriod(Map<String, String> choices, java.time.LocalDate today) {
    int year = Integer.parseInt(choices.getOrDefault(YEAR, String.valueOf(today.getYear())));
    java.time.LocalDate end = java.time.LocalDate.of(year, 12, 31);
    return new Period(java.time.LocalDate.of(year, 1, 1), end.isAfter(today) ? today : end, null, false);
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
