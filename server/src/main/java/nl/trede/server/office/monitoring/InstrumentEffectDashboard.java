package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.config.Dimension;
import nl.trede.domain.placement.EvaluationOutcome;
import nl.trede.server.kpi.InstrumentEffect;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Effect van instrumenten: how the placements that ended in the period were evaluated, per
 * catalogue entry, budget line, category and case manager (003 §1B "de ervaren effecten bij zowel
 * cliënt als consulent/loopbaanbegeleider", §1D; 004 §3d "moeilijk te beoordelen specifieke
 * instrumenten"). The counterpart of {@link InstrumentsDashboard}: there what was spent, here how it
 * worked. An average over fewer than {@link InstrumentEffect#MEANINGFUL} rated evaluations is not
 * shown: the cell says how few there are.
 */
@Singleton
class InstrumentEffectDashboard extends DimensionDashboard {
  private final DisplayNames directory;

  InstrumentEffectDashboard(KpiService kpis, DisplayNames directory, OfficeText t) {
    super(About.of("effect-van-instrumenten", "effect", 55, Period.Preset.LAST_12_MONTHS), kpis, t);
    this.directory = directory;
  }

  @Override
  List<Panel> panels(OfficeUser user, Period period, Dimension dimension) {
    InstrumentEffect.Result r = kpis.instrumentEffect(Dashboards.scope(user), period.from(), period.to(), dimension);
    List<Panel> panels = new ArrayList<>();
    panels.add(instruments(r));
    panels.add(group("per-budgetregel", t.get("effect.panel.line"), t.get("effect.panel.line.explain"),
        t.get("instruments.col.line"), r.perLine().stream().map(l -> l.line() == null ? t.get("effect.no-line")
            : l.line().label()).toList(), r.perLine().stream().map(InstrumentEffect.PerLine::group).toList(), List.of()));
    if (dimension != null) {
      panels.add(group("per-indeling", t.get("effect.panel.value", dimension.label()), t.get("effect.panel.value.explain"),
          dimension.label(), r.perValue().stream().map(g -> Dashboards.valueLabel(dimension, g.key(), t)).toList(),
          r.perValue(), List.of()));
    }
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    panels.add(group("per-klantmanager", t.get("effect.panel.case-manager"), t.get("effect.panel.case-manager.explain"),
        t.get("instruments.col.case-manager"), r.perCaseManager().stream().map(g -> g.key() == null
            ? t.get("instruments.no-case-manager") : Optional.ofNullable(users.get(g.key()))
                .map(DisplayNames.Person::displayName).orElse(t.get("visits.unknown"))).toList(),
        r.perCaseManager(), List.of()));
    return panels;
  }

  private Panel instruments(InstrumentEffect.Result r) {
    List<String> labels = r.perInstrument().stream().map(i -> i.code() == null ? t.get("effect.no-instrument")
        : i.instrument() == null ? t.get("instruments.unknown", i.code()) : i.instrument().name()).toList();
    InstrumentEffect.Group total = r.total();
    List<Figure> figures = List.of(
        Figure.of(t.get("effect.fig.ended"), DisplayFormat.INSTANCE.number(total.ended())).hint(t.get("instruments.fig.in-period")),
        Figure.of(t.get("effect.fig.evaluated"), share(total)).warn(total.ended() > 0 && total.evaluated() < total.ended()),
        Figure.of(t.get("effect.fig.client"), average(total, total.clientAverage())),
        Figure.of(t.get("effect.fig.professional"), average(total, total.professionalAverage())));
    return group("per-instrument", t.get("effect.panel.instrument"), t.get("effect.panel.instrument.explain"),
        t.get("instruments.col.instrument"), labels, r.perInstrument().stream().map(InstrumentEffect.PerInstrument::group)
            .toList(), figures);
  }

  /** One table and one stacked chart of outcomes, a row per group. */
  private Panel group(String id, String title, String explain, String header, List<String> labels,
      List<InstrumentEffect.Group> groups, List<Figure> figures) {
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      InstrumentEffect.Group g = groups.get(i);
      List<Object> cells = new ArrayList<>(java.util.Arrays.asList(labels.get(i), g.ended(), g.evaluated(),
          Dashboards.percent(g.evaluatedShare())));
      for (EvaluationOutcome o : EvaluationOutcome.values()) {
        cells.add(g.outcomes().get(o));
      }
      cells.add(g.rated());
      cells.add(average(g, g.clientAverage()));
      cells.add(average(g, g.professionalAverage()));
      rows.add(Table.Row.of(cells.toArray()));
    }
    List<Column> columns = new ArrayList<>(List.of(Column.text(header), Column.integer(t.get("effect.col.ended")),
        Column.integer(t.get("effect.col.evaluated")), Column.decimal(t.get("effect.col.evaluated-share"))));
    for (EvaluationOutcome o : EvaluationOutcome.values()) {
      columns.add(Column.integer(t.label("effect.outcome", o)));
    }
    columns.addAll(List.of(Column.integer(t.get("effect.col.rated")), Column.text(t.get("effect.col.client")),
        Column.text(t.get("effect.col.professional"))));
    List<Chart.Series> series = new ArrayList<>();
    String[] colours = {Colours.GOOD, Colours.IN, Colours.BAD, Colours.NEUTRAL};
    for (EvaluationOutcome o : EvaluationOutcome.values()) {
      series.add(new Chart.Series(t.label("effect.outcome", o),
          groups.stream().map(g -> g.outcomes().get(o)).toList(), colours[o.ordinal()]));
    }
    series.add(new Chart.Series(t.get("effect.chart.not-evaluated"),
        groups.stream().map(g -> g.ended() - g.evaluated()).toList(), Colours.NONE));
    Chart chart = Chart.bars(labels, t.get("effect.chart.placements"), series.toArray(Chart.Series[]::new))
        .asStacked().asHorizontal();
    return new Panel(id, title, explain, figures, chart, new Table(columns, rows),
        t.get("effect.note.meaningful", InstrumentEffect.MEANINGFUL));
  }

  private static String share(InstrumentEffect.Group g) {
    Double percent = Dashboards.percent(g.evaluatedShare());
    return percent == null ? "–" : DisplayFormat.INSTANCE.number(java.math.BigDecimal.valueOf(percent), 1) + " %";
  }

  /** The average with one decimal, or, below the threshold, plainly how few ratings there are. */
  private String average(InstrumentEffect.Group g, Double value) {
    if (!g.meaningful() || value == null) {
      return t.get("effect.too-few", g.rated());
    }
    return DisplayFormat.INSTANCE.number(java.math.BigDecimal.valueOf(value), 1);
  }
}
