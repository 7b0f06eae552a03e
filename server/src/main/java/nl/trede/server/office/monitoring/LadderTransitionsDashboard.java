package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.kpi.LadderTransitions;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/** Tredebewegingen: rung on date A against rung on date B (Participatieladder, DOMAIN §3, §6). */
@Singleton
class LadderTransitionsDashboard extends DescribedDashboard {
  private final KpiService kpis;
  private final OfficeText t;

  LadderTransitionsDashboard(KpiService kpis, OfficeText t) {
    super(About.of("tredebewegingen", "ladder", 20, Period.Preset.LAST_12_MONTHS)
        .dates("ladder.date-a", "ladder.date-b"));
    this.kpis = kpis;
    this.t = t;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    Period period = selection.period();
    LadderTransitions.Result r = kpis.ladderTransitions(Dashboards.scope(user), period.from(), period.to());
    return List.of(matrix(r));
  }

  /** Stayed: grey; moved up: green; moved down: red; darker for more candidates. */
  private static String tint(int a, int b, int count, int max) {
    if (count == 0 || a == 0) {
      return "";
    }
    if (a == b) {
      return "same";
    }
    int level = count * 3 > max * 2 ? 3 : count * 3 > max ? 2 : 1;
    return (b > a ? "up" : "down") + level;
  }

  private String rungLabel(int rung) {
    return rung == 0 ? t.get("ladder.none") : t.get("ladder.rung", rung);
  }

  /** Rows 1–6 first, "no rung yet" last: the reading order of the ladder. */
  private static final int[] ORDER = {1, 2, 3, 4, 5, 6, 0};

  private Panel matrix(LadderTransitions.Result r) {
    Table table = matrixTable(r);

    // The chart answers the team lead's question per starting rung: how many went up, stayed, went
    // down; candidates without a rung on A either got their first one or still have none.
    List<String> labels = new ArrayList<>();
    List<Integer> up = new ArrayList<>();
    List<Integer> same = new ArrayList<>();
    List<Integer> down = new ArrayList<>();
    List<Integer> first = new ArrayList<>();
    List<Integer> none = new ArrayList<>();
    for (int a : ORDER) {
      labels.add(rungLabel(a));
      int u = 0;
      int s = 0;
      int d = 0;
      for (int b = 1; b < LadderTransitions.SIZE; b++) {
        int n = r.matrix()[a][b];
        if (a == 0) {
          continue;
        }
        if (b > a) {
          u += n;
        } else if (b == a) {
          s += n;
        } else {
          d += n;
        }
      }
      up.add(u);
      same.add(s);
      down.add(d);
      first.add(a == 0 ? r.onRungAt(0) - r.matrix()[0][0] : 0);
      none.add(a == 0 ? r.matrix()[0][0] : 0);
    }
    Chart chart = new Chart("bar", labels, List.of(
        new Chart.Series(t.get("ladder.fig.up"), up, Colours.GOOD),
        new Chart.Series(t.get("ladder.fig.same"), same, Colours.NEUTRAL),
        new Chart.Series(t.get("ladder.fig.down"), down, Colours.BAD),
        new Chart.Series(t.get("ladder.fig.first"), first, Colours.IN),
        new Chart.Series(t.get("ladder.still-none"), none, "#DDDDDD")),
        true, false, t.get("ladder.chart.candidates"), t.get("ladder.chart.on-a"), true);
    List<Figure> figures = List.of(
        Figure.of(t.get("ladder.fig.population"), DisplayFormat.INSTANCE.number(r.population())),
        Figure.of(t.get("ladder.fig.up"), DisplayFormat.INSTANCE.number(r.up()))
            .hint(t.get("ladder.fig.of-both", DisplayFormat.INSTANCE.percent(r.shareUp()), r.withBoth())),
        Figure.of(t.get("ladder.fig.same"), DisplayFormat.INSTANCE.number(r.same())),
        Figure.of(t.get("ladder.fig.down"), DisplayFormat.INSTANCE.number(r.down())).warn(r.down() > 0),
        Figure.of(t.get("ladder.fig.first"), DisplayFormat.INSTANCE.number(r.firstRung())).hint(t.get("ladder.fig.first-hint")));
    return new Panel("matrix", t.get("ladder.panel.matrix"),
        t.get("ladder.panel.matrix.explain", DisplayFormat.INSTANCE.date(r.from()), DisplayFormat.INSTANCE.date(r.to())),
        figures, chart, table, t.get("ladder.note"));
  }

  /** From which rung on A to which on B, tinted by how many, with totals and moves up per row. */
  private Table matrixTable(LadderTransitions.Result r) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(t.get("ladder.col.on-a")));
    for (int b = 1; b < LadderTransitions.SIZE; b++) {
      columns.add(Column.integer(t.get("ladder.col.to", b)));
    }
    columns.add(Column.integer(t.get("ladder.none")));
    columns.add(Column.integer(t.get("ladder.col.total")));
    columns.add(Column.integer(t.get("ladder.col.up")));
    List<Table.Row> rows = new ArrayList<>();
    int max = 1;
    for (int[] row : r.matrix()) {
      for (int n : row) {
        max = Math.max(max, n);
      }
    }
    for (int a : ORDER) {
      List<Object> cells = new ArrayList<>();
      cells.add(a == 0 ? t.get("ladder.none") : t.get("ladder.rung-named", a, t.get("rung." + a)));
      for (int b = 1; b < LadderTransitions.SIZE; b++) {
        cells.add(new Table.Tinted(r.matrix()[a][b], tint(a, b, r.matrix()[a][b], max)));
      }
      cells.add(r.matrix()[a][0]);
      cells.add(r.onRungAt(a));
      cells.add(a == 0 ? null : r.movedUpFrom(a));
      rows.add(new Table.Row(cells, ""));
    }
    return new Table(columns, rows);
  }
}
