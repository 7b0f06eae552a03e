package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.trede.server.kpi.BenefitAndParticipation;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/** Uitkeringsduur en deelname: months on benefit and hours of taking part (002 §2.4, §6.2). */
@Singleton
class BenefitAndParticipationDashboard extends DescribedDashboard {
  private final KpiService kpis;
  private final OfficeText t;

  BenefitAndParticipationDashboard(KpiService kpis, OfficeText t) {
    super(About.of("uitkeringsduur-en-deelname", "benefit", 30, Period.Preset.THIS_MONTH)
        .onReferenceDate());
    this.kpis = kpis;
    this.t = t;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    Period period = selection.period();
    BenefitAndParticipation.Result r = kpis.benefitAndParticipation(Dashboards.scope(user), period.to());
    return List.of(months(r), hours(r), activities(r));
  }

  private Panel months(BenefitAndParticipation.Result r) {
    String[] keys = {"benefit.band.0-5", "benefit.band.6-11", "benefit.band.12-23", "benefit.band.24-35",
        "benefit.band.36-59", "benefit.band.60"};
    List<String> labels = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      labels.add(t.get(keys[i]));
      counts.add(r.monthBands()[i]);
      rows.add(Table.Row.of(t.get(keys[i]), r.monthBands()[i], Dashboards.percent(Dashboards.share(r.monthBands()[i], r.withBenefit()))));
    }
    rows.add(Table.Row.of(t.get("benefit.without"), r.withoutBenefit(), null));
    rows.add(Table.Row.of(t.get("table.total"), r.population(), null).tone("total"));
    Table table = new Table(List.of(Column.text(t.get("benefit.col.months")),
        Column.integer(t.get("benefit.col.candidates")), Column.decimal(t.get("benefit.col.share"))), rows);
    Chart chart = Chart.bars(labels, t.get("benefit.chart.candidates"),
        new Chart.Series(t.get("benefit.chart.candidates"), counts, Colours.COUNT)).withCategoryTitle(t.get("benefit.col.months"));
    List<Figure> figures = List.of(
        Figure.of(t.get("benefit.fig.with"), DisplayFormat.INSTANCE.number(r.withBenefit())),
        Figure.of(t.get("benefit.fig.without"), DisplayFormat.INSTANCE.number(r.withoutBenefit()))
            .hint(t.get("benefit.fig.without-hint")),
        Figure.of(t.get("benefit.fig.median"), Double.isNaN(r.medianMonths()) ? "–" : DisplayFormat.INSTANCE.number(r.medianMonths(), 1))
            .hint(t.get("benefit.fig.months")),
        Figure.of(t.get("benefit.fig.mean"), Double.isNaN(r.meanMonths()) ? "–" : DisplayFormat.INSTANCE.number(r.meanMonths(), 1))
            .hint(t.get("benefit.fig.months")));
    return new Panel("maanden", t.get("benefit.panel.months"), t.get("benefit.panel.months.explain"),
        figures, chart, table, null);
  }

  private Panel hours(BenefitAndParticipation.Result r) {
    String[] keys = {"benefit.hours.none", "benefit.hours.0-8", "benefit.hours.8-16", "benefit.hours.16-24",
        "benefit.hours.24-32", "benefit.hours.32"};
    List<String> labels = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      labels.add(t.get(keys[i]));
      counts.add(r.hourBands()[i]);
      rows.add(Table.Row.of(t.get(keys[i]), r.hourBands()[i], Dashboards.percent(Dashboards.share(r.hourBands()[i], r.population()))));
    }
    rows.add(Table.Row.of(t.get("table.total"), r.population(), null).tone("total"));
    Table table = new Table(List.of(Column.text(t.get("benefit.col.hours")),
        Column.integer(t.get("benefit.col.candidates")), Column.decimal(t.get("benefit.col.share"))), rows);
    Chart chart = Chart.bars(labels, t.get("benefit.chart.candidates"),
        new Chart.Series(t.get("benefit.chart.candidates"), counts, Colours.COUNT)).withCategoryTitle(t.get("benefit.col.hours"));
    List<Figure> figures = List.of(
        Figure.of(t.get("benefit.fig.taking-part"), DisplayFormat.INSTANCE.number(r.takingPart()))
            .hint(DisplayFormat.INSTANCE.percent(Dashboards.share(r.takingPart(), r.population()))),
        Figure.of(t.get("benefit.fig.mean-hours"), DisplayFormat.INSTANCE.number(r.meanHoursTakingPart(), 1))
            .hint(t.get("benefit.fig.mean-hours-hint")));
    return new Panel("uren", t.get("benefit.panel.hours"), t.get("benefit.panel.hours.explain"),
        figures, chart, table, t.get("benefit.note.current"));
  }

  private Panel activities(BenefitAndParticipation.Result r) {
    List<String> labels = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (BenefitAndParticipation.PerActivity a : r.perActivity()) {
      String label = t.label("activity", a.activity());
      labels.add(label);
      means.add(a.meanHours().doubleValue());
      rows.add(Table.Row.of(label, a.candidates(), a.hours(), a.meanHours()));
    }
    Table table = new Table(List.of(Column.text(t.get("benefit.col.activity")),
        Column.integer(t.get("benefit.col.candidates")), Column.decimal(t.get("benefit.col.total-hours")),
        Column.decimal(t.get("benefit.col.mean-hours"))), rows);
    Chart chart = Chart.bars(labels, t.get("benefit.col.mean-hours"),
        new Chart.Series(t.get("benefit.col.mean-hours"), means, Colours.HOURS)).asHorizontal().withDecimals();
    return new Panel("activiteiten", t.get("benefit.panel.activities"), t.get("benefit.panel.activities.explain"),
        List.of(), chart, table, null);
  }
}
