package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.kpi.MonthlyFlow;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * In- en uitstroom per maand: the file's inflow and outflow month by month in a chosen year, by
 * reason and as a rate of the file at the start of the month (003 §1B: "Op dit moment is er vooral
 * zicht op de instroom en uitstroom"; 000 §2.1: "De gemiddelde instroom in de afgelopen 4 jaar ligt
 * tussen de 1,8% en 2,5%"). 000 §2.2 compares these rates with a Divosa benchmark group; Trede holds
 * no benchmark data, so the page says so rather than showing a comparison.
 */
@Singleton
class InflowOutflowDashboard extends DescribedDashboard {
  private final KpiService kpis;
  private final OfficeText t;
  private final Clock clock;

  InflowOutflowDashboard(KpiService kpis, OfficeText t, Clock clock) {
    super(About.of("in-en-uitstroom", "inout", 3, Period.Preset.THIS_YEAR).periodByChoice());
    this.kpis = kpis;
    this.t = t;
    this.clock = clock;
  }

  @Override
  public List<Option> options(OfficeUser user) {
    return List.of(Dashboards.yearOption(LocalDate.now(clock.withZone(DisplayFormat.ZONE)), t));
  }

  @Override
  public Period period(Period picked, Map<String, String> choices, LocalDate today) {
    return Dashboards.yearPeriod(choices, today);
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    Period period = selection.period();
    MonthlyFlow.Result r = kpis.monthlyFlow(Dashboards.scope(user), period.from().getYear(), period.to());
    return List.of(perMonth(r), byReason("instroom", "inout.panel.inflow", InflowReason.values(), "inflow.reason",
        MonthlyFlow.Month::inflow, MonthlyFlow.Month::inflowTotal, r.inflow(), r.inflowTotal(), r),
        byReason("uitstroom", "inout.panel.outflow", ExitReason.values(), "exit.reason",
            MonthlyFlow.Month::outflow, MonthlyFlow.Month::outflowTotal, r.outflow(), r.outflowTotal(), r));
  }

  private String month(MonthlyFlow.Month m) {
    return DisplayFormat.INSTANCE.month(m.from());
  }

  private static String rate(Double share) {
    return share == null ? "–" : DisplayFormat.INSTANCE.percent(share);
  }

  private Panel perMonth(MonthlyFlow.Result r) {
    List<String> labels = new ArrayList<>();
    List<Integer> in = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (MonthlyFlow.Month m : r.months()) {
      labels.add(month(m));
      in.add(m.inflowTotal());
      out.add(m.outflowTotal());
      rows.add(Table.Row.of(month(m), m.openAtStart(), m.inflowTotal(), Dashboards.percent(m.inflowRate()),
          m.outflowTotal(), Dashboards.percent(m.outflowRate()), m.openAtEnd()));
    }
    rows.add(Table.Row.of(t.get("table.total"), r.openAtStart(), r.inflowTotal(), Dashboards.percent(r.meanInflowRate()),
        r.outflowTotal(), Dashboards.percent(r.meanOutflowRate()), r.openAtEnd()).tone("total"));
    Table table = new Table(List.of(Column.text(t.get("inout.col.month")), Column.integer(t.get("inout.col.open-start")),
        Column.integer(t.get("inout.col.inflow")), Column.decimal(t.get("inout.col.inflow-rate")),
        Column.integer(t.get("inout.col.outflow")), Column.decimal(t.get("inout.col.outflow-rate")),
        Column.integer(t.get("inout.col.open-end"))), rows);
    Chart chart = Chart.bars(labels, t.get("inout.chart.files"),
        new Chart.Series(t.get("inout.col.inflow"), in, Colours.IN),
        new Chart.Series(t.get("inout.col.outflow"), out, Colours.OUT));
    List<Figure> figures = List.of(
        Figure.of(t.get("inout.fig.open-start"), DisplayFormat.INSTANCE.number(r.openAtStart()))
            .hint(t.get("inout.fig.open-start-hint", r.year())),
        Figure.of(t.get("inout.col.inflow"), DisplayFormat.INSTANCE.number(r.inflowTotal()))
            .hint(t.get("inout.fig.in-year", r.year())),
        Figure.of(t.get("inout.col.outflow"), DisplayFormat.INSTANCE.number(r.outflowTotal()))
            .hint(t.get("inout.fig.in-year", r.year())),
        Figure.of(t.get("inout.fig.inflow-rate"), rate(r.meanInflowRate())).hint(t.get("inout.fig.rate-hint")),
        Figure.of(t.get("inout.fig.outflow-rate"), rate(r.meanOutflowRate())).hint(t.get("inout.fig.rate-hint")));
    return new Panel("per-maand", t.get("inout.panel.months", r.year()), t.get("inout.panel.months.explain"),
        figures, chart, table, t.get("inout.note.benchmark"));
  }

  /** Months down, reasons across, with each month's total and the year's total per reason. */
  private <E extends Enum<E>> Panel byReason(String id, String key, E[] reasons, String labels,
      Function<MonthlyFlow.Month, Map<E, Integer>> perReason, Function<MonthlyFlow.Month, Integer> total,
      Map<E, Integer> yearPerReason, int yearTotal, MonthlyFlow.Result r) {
    List<Column> columns = new ArrayList<>(List.of(Column.text(t.get("inout.col.month"))));
    List<Chart.Series> series = new ArrayList<>();
    for (E reason : reasons) {
      columns.add(Column.integer(t.label(labels, reason)));
      List<Integer> data = r.months().stream().map(m -> perReason.apply(m).get(reason)).toList();
      series.add(new Chart.Series(t.label(labels, reason), data, Colours.SERIES[reason.ordinal() % Colours.SERIES.length]));
    }
    columns.add(Column.integer(t.get("table.total")));
    List<Table.Row> rows = new ArrayList<>();
    for (MonthlyFlow.Month m : r.months()) {
      List<Object> cells = new ArrayList<>(List.of(month(m)));
      for (E reason : reasons) {
        cells.add(perReason.apply(m).get(reason));
      }
      cells.add(total.apply(m));
      rows.add(new Table.Row(cells, ""));
    }
    List<Object> totals = new ArrayList<>(List.of(t.get("table.total")));
    for (E reason : reasons) {
      totals.add(yearPerReason.get(reason));
    }
    totals.add(yearTotal);
    rows.add(new Table.Row(totals, "total"));
    Chart chart = new Chart("bar", r.months().stream().map(this::month).toList(), series, true, false,
        t.get("inout.chart.files"), null, true);
    return new Panel(id, t.get(key, r.year()), t.get(key + ".explain"), List.of(), chart, new Table(columns, rows), null);
  }
}
