package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.config.Dimension;
import nl.trede.config.Instrument;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.Routes;
import nl.trede.server.kpi.InstrumentSpending;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Instrumenten en budget: what was granted, by catalogue entry and budget line against the line's
 * amount for the year, by category and by case manager (003 §1D; 000 §7), and the routes: which
 * instruments are meant for which profile (001 §2.1.3). Catalogue, budget lines, amounts and routes
 * come from the municipality's configuration.
 */
@Singleton
class InstrumentsDashboard extends DimensionDashboard {
  private final DisplayNames directory;

  InstrumentsDashboard(KpiService kpis, DisplayNames directory, OfficeText t) {
    super(About.of("instrumenten-en-budget", "instruments", 50, Period.Preset.THIS_YEAR), kpis, t);
    this.directory = directory;
  }

  @Override
  List<Panel> panels(OfficeUser user, Period period, Dimension dimension) {
    InstrumentSpending.Result r = kpis.instrumentSpending(Dashboards.scope(user), period.from(), period.to(), dimension);
    List<Panel> panels = new ArrayList<>(List.of(lines(r), instruments(r)));
    if (dimension != null) {
      panels.add(perValue(r, dimension));
    }
    panels.add(perCaseManager(r, directory.users(user.tenantId())));
    kpis.configuration(user.tenantId()).filter(c -> !Routes.of(c).isEmpty()).ifPresent(c -> panels.add(routes(c)));
    return panels;
  }

  /**
   * The overview 001 §2.1.3 asks for: "een overzicht ... van zorg- en ondersteuningsroutes die gekoppeld
   * worden aan profielen", from the catalogue's {@code meantFor}. A value without instruments is a row
   * too, so a gap in the routes shows; so are the instruments on no route.
   */
  private Panel routes(MunicipalityConfig config) {
    List<Table.Row> rows = new ArrayList<>();
    for (Routes.Route route : Routes.of(config)) {
      rows.add(Table.Row.of(route.dimension().label(), route.value().label(), names(route.instruments()),
          route.instruments().size()).tone(route.instruments().isEmpty() ? "overdue" : ""));
    }
    List<Instrument> unrouted = Routes.unrouted(config);
    if (!unrouted.isEmpty()) {
      rows.add(Table.Row.of(t.get("instruments.routes.unrouted"), "", names(unrouted), unrouted.size()).tone("total"));
    }
    Table table = new Table(List.of(Column.text(t.get("instruments.routes.col.dimension")),
        Column.text(t.get("instruments.routes.col.value")), Column.text(t.get("instruments.routes.col.instruments")),
        Column.integer(t.get("instruments.routes.col.count"))), rows);
    return new Panel("routes", t.get("instruments.panel.routes"), t.get("instruments.panel.routes.explain"),
        List.of(), null, table, t.get("instruments.routes.note"));
  }

  private static String names(List<Instrument> instruments) {
    // Not "; ": Overbetuwe's groepstraining has one in its name, and the CSV export separates by it.
    return String.join(" · ", instruments.stream().map(Instrument::name).toList());
  }


  private String lineLabel(InstrumentSpending.PerLine l) {
    return l.line() == null ? t.get("instruments.no-line") : l.line().label();
  }

  private Panel lines(InstrumentSpending.Result r) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> spent = new ArrayList<>();
    List<BigDecimal> budgets = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    int year = r.to().getYear();
    for (InstrumentSpending.PerLine l : r.perLine()) {
      labels.add(lineLabel(l));
      spent.add(l.yearToDate());
      budgets.add(l.budget());
      boolean over = l.shareUsed() != null && l.shareUsed() > 1;
      // A line without an amount for the year says so, rather than leaving a blank a reader may take for zero.
      Object budget = l.budget() != null ? l.budget() : l.line() == null ? null : t.get("instruments.no-amount");
      rows.add(Table.Row.of(lineLabel(l), l.grants(), l.amount(), l.yearToDate(), budget,
          Dashboards.percent(l.shareUsed()), l.remaining()).tone(over ? "overdue" : ""));
    }
    Table table = new Table(List.of(Column.text(t.get("instruments.col.line")),
        Column.integer(t.get("instruments.col.grants")), Column.decimal(t.get("instruments.col.amount")),
        Column.decimal(t.get("instruments.col.year-to-date", year, DisplayFormat.INSTANCE.date(r.to()))),
        Column.decimal(t.get("instruments.col.budget", year)), Column.decimal(t.get("instruments.col.used")),
        Column.decimal(t.get("instruments.col.remaining"))), rows);
    // A budget series nobody filled in would put "Budget" in the legend over empty space.
    List<Chart.Series> series = new ArrayList<>();
    if (budgets.stream().anyMatch(java.util.Objects::nonNull)) {
      series.add(new Chart.Series(t.get("instruments.chart.budget", year), budgets, Colours.BUDGET));
    }
    series.add(new Chart.Series(t.get("instruments.chart.spent", year), spent, Colours.MONEY));
    Chart chart = new Chart("bar", labels, series, false, true, t.get("instruments.chart.euro"), null, false);
    List<String> unset = r.perLine().stream().filter(l -> l.line() != null && l.budget() == null)
        .map(l -> l.line().label()).toList();
    String note = t.get("instruments.note.lines") + (unset.isEmpty() ? ""
        : " " + t.get("instruments.note.set-amount", String.join(", ", unset), String.valueOf(year)));
    List<Figure> figures = List.of(
        Figure.of(t.get("instruments.fig.amount"), Dashboards.euro(r.amount())).hint(t.get("instruments.fig.in-period")),
        Figure.of(t.get("instruments.fig.grants"), DisplayFormat.INSTANCE.number(r.grants())),
        Figure.of(t.get("instruments.fig.candidates"), DisplayFormat.INSTANCE.number(r.candidates())));
    return new Panel("budgetregels", t.get("instruments.panel.lines"),
        t.get("instruments.panel.lines.explain", year), figures, chart, table, note);
  }

  private Panel instruments(InstrumentSpending.Result r) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> amounts = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (InstrumentSpending.PerInstrument i : r.perInstrument()) {
      String name = i.instrument() == null ? t.get("instruments.unknown", i.code()) : i.instrument().name();
      labels.add(name);
      amounts.add(i.amount());
      rows.add(Table.Row.of(name, i.instrument() == null ? "" : t.label("instrument.kind", i.instrument().kind()),
          i.line() == null ? t.get("instruments.no-line") : i.line().label(), i.grants(), i.candidates(), i.amount(),
          i.withoutAmount()).tone(i.instrument() == null ? "overdue" : ""));
    }
    Table table = new Table(List.of(Column.text(t.get("instruments.col.instrument")),
        Column.text(t.get("instruments.col.kind")), Column.text(t.get("instruments.col.line")),
        Column.integer(t.get("instruments.col.grants")), Column.integer(t.get("instruments.col.candidates")),
        Column.decimal(t.get("instruments.col.amount")), Column.integer(t.get("instruments.col.without-amount"))), rows);
    Chart chart = Chart.bars(labels, t.get("instruments.chart.euro"),
        new Chart.Series(t.get("instruments.col.amount"), amounts, Colours.MONEY)).asHorizontal().withDecimals();
    return new Panel("instrumenten", t.get("instruments.panel.instruments"), t.get("instruments.panel.instruments.explain"),
        List.of(), chart, table, null);
  }

  private Panel group(String id, String title, String explain, String header, List<String> labels,
      List<InstrumentSpending.Group> groups, String colour) {
    List<BigDecimal> amounts = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      InstrumentSpending.Group g = groups.get(i);
      amounts.add(g.amount());
      rows.add(Table.Row.of(labels.get(i), g.grants(), g.candidates(), g.amount()));
    }
    Table table = new Table(List.of(Column.text(header), Column.integer(t.get("instruments.col.grants")),
        Column.integer(t.get("instruments.col.candidates")), Column.decimal(t.get("instruments.col.amount"))), rows);
    Chart chart = Chart.bars(labels, t.get("instruments.chart.euro"),
        new Chart.Series(t.get("instruments.col.amount"), amounts, colour)).asHorizontal().withDecimals();
    return new Panel(id, title, explain, List.of(), chart, table, null);
  }

  private Panel perValue(InstrumentSpending.Result r, Dimension dimension) {
    List<String> labels = r.perValue().stream().map(g -> Dashboards.valueLabel(dimension, g.key(), t)).toList();
    return group("per-indeling", t.get("instruments.panel.value", dimension.label()),
        t.get("instruments.panel.value.explain"), dimension.label(), labels, r.perValue(), Colours.MONEY);
  }

  private Panel perCaseManager(InstrumentSpending.Result r, Map<String, DisplayNames.Person> users) {
    List<String> labels = r.perCaseManager().stream().map(g -> {
      DisplayNames.Person p = g.key() == null ? null : users.get(g.key());
      return g.key() == null ? t.get("instruments.no-case-manager") : p == null ? t.get("visits.unknown") : p.displayName();
    }).toList();
    return group("per-klantmanager", t.get("instruments.panel.case-manager"),
        t.get("instruments.panel.case-manager.explain"), t.get("instruments.col.case-manager"), labels,
        r.perCaseManager(), Colours.MONEY);
  }
}
