package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.config.Dimension;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.server.kpi.FileMonitor;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Maandrapportage: the monitor of "Van cliënt naar kandidaat" (001 §5.1): files, split by a dimension
 * of the municipality's own classification, trajectories, inflow and outflow, target groups.
 */
@Singleton
class MonitorDashboard extends DimensionDashboard {

  MonitorDashboard(KpiService kpis, OfficeText t) {
    super(About.of("maandrapportage", "monitor", 2, Period.Preset.LAST_MONTH), kpis, t);
  }

  @Override
  List<Panel> panels(OfficeUser user, Period period, Dimension dimension) {
    FileMonitor.Result r = kpis.monitor(Dashboards.scope(user), period.from(), period.to(), dimension);
    return List.of(files(r, dimension), trajectories(r), inflow(r), outflow(r), groups(r));
  }

  private Panel files(FileMonitor.Result r, Dimension dimension) {
    List<String> labels = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (FileMonitor.Share s : r.split()) {
      boolean value = s.key() != null && s.label() != null;
      String label = dimension == null ? "" : Dashboards.valueLabel(dimension, s.key(), t);
      labels.add(label);
      counts.add(s.files());
      colours.add(value ? Colours.COUNT : s.key() == null ? Colours.NONE : Colours.BAD);
      // A value the scheme dropped: someone has to reclassify these files.
      rows.add(Table.Row.of(label, s.files(), Dashboards.percent(s.files(), r.open()))
          .tone(!value && s.key() != null && s.files() > 0 ? "overdue" : ""));
    }
    rows.add(Table.Row.of(t.get("table.total"), r.open(), r.open() == 0 ? null : 100.0).tone("total"));
    String header = dimension == null ? t.get("monitor.col.value") : dimension.label();
    Table table = new Table(List.of(Column.text(header), Column.integer(t.get("monitor.col.files")),
        Column.decimal(t.get("monitor.col.share"))), rows);
    Chart chart = new Chart("bar", labels, List.of(new Chart.Series(t.get("monitor.col.files"), counts, Colours.COUNT,
        colours, null)), false, false, t.get("monitor.col.files"), header, true);
    List<Figure> figures = List.of(
        Figure.of(t.get("monitor.fig.open"), DisplayFormat.INSTANCE.number(r.open()))
            .hint(t.get("monitor.fig.open-hint", DisplayFormat.INSTANCE.date(r.to()))),
        Figure.of(t.get("monitor.fig.with-benefit"), DisplayFormat.INSTANCE.number(r.withBenefit()))
            .hint(t.get("monitor.fig.with-benefit-hint", DisplayFormat.INSTANCE.date(r.to()))),
        Figure.of(t.get("monitor.fig.without-benefit"), DisplayFormat.INSTANCE.number(r.withoutBenefit()))
            .hint(t.get("monitor.fig.without-benefit-hint")),
        Figure.of(t.get("monitor.fig.inflow"), DisplayFormat.INSTANCE.number(r.inflowTotal())).hint(t.get("monitor.fig.in-period")),
        Figure.of(t.get("monitor.fig.outflow"), DisplayFormat.INSTANCE.number(r.outflowTotal())).hint(t.get("monitor.fig.in-period")),
        Figure.of(t.get("classification.none"), DisplayFormat.INSTANCE.number(r.unclassified())),
        Figure.of(t.get("monitor.fig.review"), DisplayFormat.INSTANCE.number(r.toReview()))
            .hint(t.get("monitor.fig.review-hint")).warn(r.toReview() > 0));
    String explain = dimension == null ? t.get("monitor.files.explain.none", DisplayFormat.INSTANCE.date(r.to()))
        : t.get("monitor.files.explain", DisplayFormat.INSTANCE.date(r.to()), dimension.label());
    return new Panel("bestand", t.get("monitor.files"), explain, figures, chart, table, t.get("monitor.files.note"));
  }

  private Panel trajectories(FileMonitor.Result r) {
    List<String> labels = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (PlacementKind kind : r.inTrajectory().keySet()) {
      int n = r.inTrajectory().get(kind);
      String label = t.label("placement.kind", kind);
      labels.add(label);
      counts.add(n);
      rows.add(Table.Row.of(label, n, Dashboards.percent(n, r.openInPeriod())));
    }
    rows.add(Table.Row.of(t.get("monitor.trajectory.any"), r.anyTrajectory(),
        Dashboards.percent(r.anyTrajectory(), r.openInPeriod())).tone("total"));
    Table table = new Table(List.of(Column.text(t.get("monitor.col.kind")), Column.integer(t.get("monitor.col.candidates")),
        Column.decimal(t.get("monitor.col.share-open"))), rows);
    Chart chart = Chart.bars(labels, t.get("monitor.col.candidates"),
        new Chart.Series(t.get("monitor.col.candidates"), counts, Colours.COUNT)).asHorizontal();
    List<Figure> figures = List.of(
        Figure.of(t.get("monitor.trajectory.any"), DisplayFormat.INSTANCE.number(r.anyTrajectory()))
            .hint(t.get("monitor.fig.of-open", DisplayFormat.INSTANCE.number(r.openInPeriod()))),
        Figure.of(t.get("monitor.fig.regular-job"), DisplayFormat.INSTANCE.number(r.inRegularJob()))
            .hint(t.get("monitor.fig.regular-job-hint")));
    return new Panel("trajecten", t.get("monitor.trajectories"), t.get("monitor.trajectories.explain"), figures,
        chart, table, null);
  }

  private <E extends Enum<E>> Panel reasons(String id, String title, String explain, String prefix, Map<E, Integer> counts,
      int total, String colour) {
    List<String> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    counts.forEach((reason, n) -> {
      String label = t.label(prefix, reason);
      labels.add(label);
      values.add(n);
      rows.add(Table.Row.of(label, n, Dashboards.percent(n, total)));
    });
    rows.add(Table.Row.of(t.get("table.total"), total, total == 0 ? null : 100.0).tone("total"));
    Table table = new Table(List.of(Column.text(t.get("monitor.col.reason")), Column.integer(t.get("monitor.col.files")),
        Column.decimal(t.get("monitor.col.share"))), rows);
    Chart chart = Chart.bars(labels, t.get("monitor.col.files"), new Chart.Series(title, values, colour)).asHorizontal();
    return new Panel(id, title, explain, List.of(Figure.of(title, DisplayFormat.INSTANCE.number(total))
        .hint(t.get("monitor.fig.in-period"))), chart, table, null);
  }

  private Panel inflow(FileMonitor.Result r) {
    return reasons("instroom", t.get("monitor.inflow"), t.get("monitor.inflow.explain"), "inflow.reason", r.inflow(),
        r.inflowTotal(), Colours.IN);
  }

  private Panel outflow(FileMonitor.Result r) {
    return reasons("uitstroom", t.get("monitor.outflow"), t.get("monitor.outflow.explain"), "exit.reason", r.outflow(),
        r.outflowTotal(), Colours.OUT);
  }

  private Panel groups(FileMonitor.Result r) {
    FileMonitor.Groups g = r.groups();
    String[] keys = {"monitor.group.register", "monitor.group.indication", "monitor.group.sheltered-placement",
        "monitor.group.sheltered", "monitor.group.status-holders", "monitor.group.wage-cost-subsidy",
        "monitor.group.wage-cost-subsidy-placements"};
    int[] counts = {g.targetGroupRegister(), g.shelteredIndication(), g.inShelteredWork(), g.shelteredWork(),
        g.statusHolders(), g.wageCostSubsidy(), g.wageCostSubsidyPlacements()};
    List<String> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      String label = t.get(keys[i]);
      labels.add(label);
      values.add(counts[i]);
      rows.add(Table.Row.of(label, counts[i], Dashboards.percent(counts[i], r.open())));
    }
    Table table = new Table(List.of(Column.text(t.get("monitor.col.group")), Column.integer(t.get("monitor.col.files")),
        Column.decimal(t.get("monitor.col.share"))), rows);
    Chart chart = Chart.bars(labels, t.get("monitor.col.files"),
        new Chart.Series(t.get("monitor.col.files"), values, Colours.COUNT)).asHorizontal();
    return new Panel("doelgroepen", t.get("monitor.groups"), t.get("monitor.groups.explain", DisplayFormat.INSTANCE.date(r.to())),
        List.of(), chart, table, t.get("monitor.groups.note"));
  }
}
