package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * §6.1, Dalfsen 003 §1B–C, …), each with a plain-Dutch line of what it counted, its course over the
 * review periods, and which candidates count. Nothing here names a municipality: a different
 * configuration file gives different goals, with no code change (docs/kpis.md).
 */
@Singleton
class GoalsDashboard extends DescribedDashboard {
  static final String KPI = "doel";
  private static final String MET = Colours.GOOD;
  private static final String NOT_MET = Colours.BAD;
  private static final String NO_VERDICT = Colours.NEUTRAL;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", OfficeText.DUTCH);

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
    report.kpis().stream().filter(k -> k.key().equals(selection.choice(KPI))).findFirst().ifPresent(k -> {
      if (k.course().size() > 1) {
        panels.add(course(k));
      }
      panels.add(candidates(user, k));
    });
    return panels;
  }

  private String verdict(Boolean met) {
    return met == null ? t.get("goals.verdict.none") : met ? t.get("goals.verdict.met") : t.get("goals.verdict.not-met");
  }

  /** A share as "42,9 %"; a net change with its sign, "-15,0 %" or "+20,0 %". */
  private String percentText(KpiResult k, BigDecimal value) {
    if (value == null) {
      return "–";
    }
    String sign = k.isNetChange() && value.signum() > 0 ? "+" : "";
    return sign + DisplayFormat.INSTANCE.number(value, 1) + " %";
  }

  /** "Doel niet gehaald: 41 % van 60 %": the verdict with both numbers, for the figure's icon line. */
  private String status(KpiResult k) {
    return k.met() == null ? null : t.get(k.met() ? "goals.status.met" : "goals.status.not-met",
        percentText(k, k.percentage()), targetText(k));
  }

  private String targetText(KpiResult k) {
    return percentText(k, k.targetPercent());
  }

  /**
   * What the figure counted, in plain Dutch: the configuration's sentence with the numbers and the
   * period filled in, or for a net change the two counts it compares.
   */
  String counted(KpiResult k) {
    if (k.isNetChange()) {
      return t.get("goals.counted.change", DisplayFormat.INSTANCE.date(k.baseline()), k.baselineIds().size(),
          DisplayFormat.INSTANCE.date(k.to()), k.populationSize(), percentText(k, k.percentage()), targetText(k));
    }
    String period = periodPhrase(k.from(), k.to());
    if (k.counted() == null) {
      return t.get("goals.counted.default", k.successes(), k.populationSize(), period);
    }
    return k.counted().replace("{successes}", String.valueOf(k.successes()))
        .replace("{population}", String.valueOf(k.populationSize())).replace("{period}", period);
  }

  /** "in 2025", "in 2025 tot en met 14-05-2025", "in maart 2025", or "van … tot en met …". */
  private String periodPhrase(LocalDate from, LocalDate to) {
    boolean yearStart = from.getDayOfYear() == 1 && from.getYear() == to.getYear();
    if (yearStart && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
      return t.get("goals.period.year", from.getYear());
    }
    if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
      return t.get("goals.period.month", MONTH.format(from));
    }
    if (yearStart) {
      return t.get("goals.period.year-to-date", from.getYear(), DisplayFormat.INSTANCE.date(to));
    }
    return t.get("goals.period.span", DisplayFormat.INSTANCE.date(from), DisplayFormat.INSTANCE.date(to));
  }

  private Panel overview(KpiReport report, boolean ownPeriods) {
    List<Figure> figures = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> percentages = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (KpiResult k : report.kpis()) {
      String counted = counted(k);
      figures.add(Figure.of(k.title(), percentText(k, k.percentage()))
          .hint(t.get("goals.fig.hint", targetText(k)) + " · " + counted)
          .verdict(k.met(), status(k)));
      labels.add(k.title());
      percentages.add(k.percentage() == null ? 0.0 : k.percentage().doubleValue());
      targets.add(k.targetPercent().doubleValue());
      colours.add(k.met() == null ? NO_VERDICT : k.met() ? MET : NOT_MET);
      rows.add(Table.Row.of(k.title(), counted, k.populationSize(), k.successes(),
          k.percentage() == null ? null : k.percentage().doubleValue(), k.targetPercent().doubleValue(),
          verdict(k.met()), k.from(), k.to(), t.label("goals.period", k.period()), t.label("goals.period", k.review()),
          k.source())
          .tone(Boolean.FALSE.equals(k.met()) ? "overdue" : ""));
    }
    Table table = new Table(List.of(Column.text(t.get("goals.col.kpi")), Column.text(t.get("goals.col.counted")),
        Column.integer(t.get("goals.col.population")), Column.integer(t.get("goals.col.successes")),
        Column.decimal(t.get("goals.col.percentage")), Column.decimal(t.get("goals.col.target")),
        Column.text(t.get("goals.col.verdict")), Column.date(t.get("goals.col.from")), Column.date(t.get("goals.col.to")),
        Column.text(t.get("goals.col.runs")), Column.text(t.get("goals.col.kind")),
        Column.text(t.get("goals.col.source"))), rows);
    Chart chart = new Chart("bar", labels, List.of(
        new Chart.Series(t.get("goals.chart.achieved"), percentages, MET, colours, null),
        Chart.Series.target(t.get("goals.chart.target"), targets)),
        false, true, t.get("goals.chart.percent"), null, false).withMax(100);
    String explain = ownPeriods ? t.get("goals.panel.explain.own") : t.get("goals.panel.explain.period",
        DisplayFormat.INSTANCE.date(report.from()), DisplayFormat.INSTANCE.date(report.to()));
    return new Panel("doelen", t.get("goals.panel", report.name()), explain, figures, chart, table,
        t.get("goals.note"));
  }

  /** The figure at the end of each review period: year to date, month by month (000 §7). */
  private Panel course(KpiResult k) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (KpiResult.Point p : k.course()) {
      labels.add(DisplayFormat.INSTANCE.date(p.to()));
      values.add(p.percentage() == null ? null : p.percentage().doubleValue());
      targets.add(k.targetPercent().doubleValue());
      rows.add(Table.Row.of(p.to(), p.populationSize(), p.successes(),
          p.percentage() == null ? null : p.percentage().doubleValue(), verdict(p.met()))
          .tone(Boolean.FALSE.equals(p.met()) ? "overdue" : ""));
    }
    Table table = new Table(List.of(Column.date(t.get("goals.col.to")), Column.integer(t.get("goals.col.population")),
        Column.integer(t.get("goals.col.successes")), Column.decimal(t.get("goals.col.percentage")),
        Column.text(t.get("goals.col.verdict"))), rows);
    Chart chart = new Chart("line", labels, List.of(Chart.Series.line(t.get("goals.chart.achieved"), values, Colours.COUNT),
        Chart.Series.target(t.get("goals.chart.target"), targets)), false, false, t.get("goals.chart.percent"), null,
        false);
    return new Panel("verloop", t.get("goals.course", k.title()),
        t.get("goals.course.explain", t.label("goals.period", k.review()), DisplayFormat.INSTANCE.date(k.from())),
        List.of(), chart, table, null);
  }

  private Panel candidates(OfficeUser user, KpiResult k) {
    Set<UUID> shown = new LinkedHashSet<>(k.populationIds());
    shown.addAll(k.baselineIds());
    List<String> ids = shown.stream().map(UUID::toString).toList();
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), ids);
    Set<UUID> successes = new HashSet<>(k.successIds());
    Set<UUID> now = new HashSet<>(k.populationIds());
    Set<UUID> before = new HashSet<>(k.baselineIds());
    List<Table.Row> rows = new ArrayList<>();
    List<UUID> ordered = new ArrayList<>(shown);
    ordered.sort(Comparator.comparing((UUID id) -> !successes.contains(id))
        .thenComparing(id -> name(names, id)));
    for (UUID id : ordered) {
      Table.Link link = new Table.Link(name(names, id), "/office/kandidaten/" + id);
      rows.add(k.isNetChange() ? Table.Row.of(link, before.contains(id), now.contains(id))
          : Table.Row.of(link, successes.contains(id)));
    }
    Table table = k.isNetChange()
        ? new Table(List.of(Column.text(t.get("goals.col.candidate")),
            Column.yesNo(t.get("goals.col.on", DisplayFormat.INSTANCE.date(k.baseline()))),
            Column.yesNo(t.get("goals.col.on", DisplayFormat.INSTANCE.date(k.to())))), rows)
        : new Table(List.of(Column.text(t.get("goals.col.candidate")), Column.yesNo(t.get("goals.col.counts"))), rows);
    List<Figure> figures = k.isNetChange()
        ? List.of(
            Figure.of(t.get("goals.col.on", DisplayFormat.INSTANCE.date(k.baseline())), DisplayFormat.INSTANCE.number(k.baselineIds().size())),
            Figure.of(t.get("goals.col.on", DisplayFormat.INSTANCE.date(k.to())), DisplayFormat.INSTANCE.number(k.populationSize())),
            Figure.of(t.get("goals.fig.change"), percentText(k, k.percentage()))
                .hint(t.get("goals.fig.target", targetText(k))).verdict(k.met(), status(k)))
        : List.of(
            Figure.of(t.get("goals.col.population"), DisplayFormat.INSTANCE.number(k.populationSize())),
            Figure.of(t.get("goals.col.successes"), DisplayFormat.INSTANCE.number(k.successes())),
            Figure.of(t.get("goals.fig.percentage"), percentText(k, k.percentage()))
                .hint(t.get("goals.fig.target", targetText(k)))
                .verdict(k.met(), status(k)));
    String explain = (k.description() == null ? "" : k.description() + " ") + counted(k) + ". "
        + (k.isNetChange() ? t.get("goals.candidates.explain.change")
            : t.get("goals.candidates.explain", DisplayFormat.INSTANCE.date(k.from()), DisplayFormat.INSTANCE.date(k.to())));
    return new Panel("kandidaten", t.get("goals.candidates", k.title()), explain, figures, null, table,
        t.get("goals.candidates.note"));
  }

  private String name(Map<String, DisplayNames.Named> names, UUID id) {
    DisplayNames.Named n = names.get(id.toString());
    return n == null ? t.get("visits.unknown") : n.name();
  }
}
