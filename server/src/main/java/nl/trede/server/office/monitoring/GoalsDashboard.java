package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
import nl.trede.server.kpi.KpiReport;
import nl.trede.server.kpi.KpiResult;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Doelen: the KPIs of the municipality's own configuration against their targets (Overbetuwe 000
 * §6.1, Dalfsen 003 §1B–C, …), and which candidates count. Nothing here names a municipality: a
 * different configuration file gives different goals, with no code change (docs/kpis.md).
 */
@Singleton
class GoalsDashboard extends DescribedDashboard {
  static final String KPI = "doel";
  private static final String MET = "#009E73";
  private static final String NOT_MET = "#D55E00";
  private static final String NO_VERDICT = "#999999";

  private final KpiService kpis;
  private final DisplayNames directory;
  private final OfficeText t;

  GoalsDashboard(KpiService kpis, DisplayNames directory, OfficeText t) {
    super(About.of("doelen", "goals", 1, Period.Preset.OWN_PERIODS));
    this.kpis = kpis;
    this.directory = directory;
    this.t = t;
  }

  @Override
  public List<Period.Preset> presets() {
    List<Period.Preset> presets = new ArrayList<>();
    presets.add(Period.Preset.OWN_PERIODS);
    presets.addAll(Period.Preset.standard());
    return presets;
  }

  @Override
  public List<Option> options(OfficeUser user) {
    List<KpiDefinition> defined = kpis.configuration(user.tenantId()).map(MunicipalityConfig::kpis).orElse(List.of());
    if (defined.isEmpty()) {
      return List.of();
    }
    List<Option.Choice> choices = defined.stream().map(k -> new Option.Choice(k.key(), k.title())).toList();
    return List.of(new Option(KPI, t.get("goals.option"), choices, choices.get(0).value()));
  }

  @Override
  public String notice(OfficeUser user) {
    Optional<MunicipalityConfig> config = kpis.configuration(user.tenantId());
    return config.isPresent() && !config.get().kpis().isEmpty() ? null
        : t.get("goals.none", config.map(MunicipalityConfig::name).orElse(user.tenantName()));
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    Period period = selection.period();
    KpiReport report = period.ownPeriods() ? kpis.current(Dashboards.scope(user), period.to())
        : kpis.compute(Dashboards.scope(user), period.from(), period.to());
    if (report.kpis().isEmpty()) {
      return List.of();
    }
    List<Panel> panels = new ArrayList<>();
    panels.add(overview(report, period.ownPeriods()));
    report.kpis().stream().filter(k -> k.key().equals(selection.choice(KPI))).findFirst()
        .ifPresent(k -> panels.add(candidates(user, k)));
    return panels;
  }

  private String verdict(Boolean met) {
    return met == null ? t.get("goals.verdict.none") : met ? t.get("goals.verdict.met") : t.get("goals.verdict.not-met");
  }

  private String percentText(KpiResult k) {
    return k.percentage() == null ? "–" : DisplayFormat.INSTANCE.number(k.percentage(), 1) + " %";
  }

  private Panel overview(KpiReport report, boolean ownPeriods) {
    List<Figure> figures = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> percentages = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (KpiResult k : report.kpis()) {
      String target = DisplayFormat.INSTANCE.number(k.targetPercent(), 1) + " %";
      figures.add(Figure.of(k.title(), percentText(k))
          .hint(t.get("goals.fig.hint", target, verdict(k.met()), k.successes(), k.populationSize()))
          .verdict(k.met()));
      labels.add(k.title());
      percentages.add(k.percentage() == null ? 0.0 : k.percentage().doubleValue());
      targets.add(k.targetPercent().doubleValue());
      colours.add(k.met() == null ? NO_VERDICT : k.met() ? MET : NOT_MET);
      rows.add(Table.Row.of(k.title(), k.populationSize(), k.successes(),
          k.percentage() == null ? null : k.percentage().doubleValue(), k.targetPercent().doubleValue(),
          verdict(k.met()), k.from(), k.to(), t.label("goals.period", k.period()), k.source())
          .tone(Boolean.FALSE.equals(k.met()) ? "overdue" : ""));
    }
    Table table = new Table(List.of(Column.text(t.get("goals.col.kpi")), Column.integer(t.get("goals.col.population")),
        Column.integer(t.get("goals.col.successes")), Column.decimal(t.get("goals.col.percentage")),
        Column.decimal(t.get("goals.col.target")), Column.text(t.get("goals.col.verdict")),
        Column.date(t.get("goals.col.from")), Column.date(t.get("goals.col.to")),
        Column.text(t.get("goals.col.kind")), Column.text(t.get("goals.col.source"))), rows);
    Chart chart = new Chart("bar", labels, List.of(
        new Chart.Series(t.get("goals.chart.achieved"), percentages, MET, colours, null),
        Chart.Series.target(t.get("goals.chart.target"), targets)),
        false, true, t.get("goals.chart.percent"), null, false).withMax(100);
    String explain = ownPeriods ? t.get("goals.panel.explain.own") : t.get("goals.panel.explain.period",
        DisplayFormat.INSTANCE.date(report.from()), DisplayFormat.INSTANCE.date(report.to()));
    return new Panel("doelen", t.get("goals.panel", report.name()), explain, figures, chart, table,
        t.get("goals.note"));
  }

  private Panel candidates(OfficeUser user, KpiResult k) {
    List<String> ids = k.populationIds().stream().map(UUID::toString).toList();
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), ids);
    Set<UUID> successes = new HashSet<>(k.successIds());
    List<Table.Row> rows = new ArrayList<>();
    List<UUID> ordered = new ArrayList<>(k.populationIds());
    ordered.sort(Comparator.comparing((UUID id) -> !successes.contains(id))
        .thenComparing(id -> name(names, id)));
    for (UUID id : ordered) {
      rows.add(Table.Row.of(new Table.Link(name(names, id), "/office/kandidaten/" + id), successes.contains(id)));
    }
    Table table = new Table(List.of(Column.text(t.get("goals.col.candidate")), Column.yesNo(t.get("goals.col.counts"))),
        rows);
    List<Figure> figures = List.of(
        Figure.of(t.get("goals.col.population"), DisplayFormat.INSTANCE.number(k.populationSize())),
        Figure.of(t.get("goals.col.successes"), DisplayFormat.INSTANCE.number(k.successes())),
        Figure.of(t.get("goals.fig.percentage"), percentText(k))
            .hint(t.get("goals.fig.target", DisplayFormat.INSTANCE.number(k.targetPercent(), 1) + " %", verdict(k.met())))
            .verdict(k.met()));
    String explain = (k.description() == null ? "" : k.description() + " ")
        + t.get("goals.candidates.explain", DisplayFormat.INSTANCE.date(k.from()), DisplayFormat.INSTANCE.date(k.to()));
    return new Panel("kandidaten", t.get("goals.candidates", k.title()), explain, figures, null, table,
        t.get("goals.candidates.note"));
  }

  private String name(Map<String, DisplayNames.Named> names, UUID id) {
    DisplayNames.Named n = names.get(id.toString());
    return n == null ? t.get("visits.unknown") : n.name();
  }
}
