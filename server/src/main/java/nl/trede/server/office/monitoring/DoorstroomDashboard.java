package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trede.config.Dimension;
import nl.trede.config.MunicipalityConfig;
import nl.trede.server.kpi.ClassificationTransitions;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Doorstroom: movement within the file between the values of one dimension of the municipality's
 * own classification (Dalfsen's Zorg / Meedoen / Werkfit, 003 §1B–C), from date A to date B, and who
 * came in and left. The rung matrix (Tredebewegingen) stays as it is.
 */
@Singleton
class DoorstroomDashboard extends DescribedDashboard {
  private final KpiService kpis;
  private final OfficeText t;

  DoorstroomDashboard(KpiService kpis, OfficeText t) {
    super(About.of("doorstroom", "flow", 25, Period.Preset.LAST_12_MONTHS)
        .dates("ladder.date-a", "ladder.date-b"));
    this.kpis = kpis;
    this.t = t;
  }

  @Override
  public List<Option> options(OfficeUser user) {
    return Dashboards.dimensionOption(kpis.configuration(user.tenantId()), t);
  }

  @Override
  public String notice(OfficeUser user) {
    return options(user).isEmpty() ? t.get("flow.no-dimensions") : null;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    Optional<MunicipalityConfig> config = kpis.configuration(user.tenantId());
    Optional<Dimension> dimension = Dashboards.dimension(config, selection);
    if (dimension.isEmpty()) {
      return List.of();
    }
    Period period = selection.period();
    ClassificationTransitions.Result r = kpis.classificationTransitions(Dashboards.scope(user), dimension.get(),
        period.from(), period.to());
    return List.of(matrix(r, dimension.get()), moves(r, dimension.get()));
  }

  private String state(Dimension dimension, String key) {
    return switch (key) {
      case ClassificationTransitions.NONE -> t.get("classification.none");
      case ClassificationTransitions.REVIEW -> t.get("flow.review");
      case ClassificationTransitions.NEW -> t.get("flow.new");
      case ClassificationTransitions.EXITED -> t.get("flow.exited");
      default -> dimension.labelOf(key);
    };
  }

  /** Stayed: grey; moved to another value: blue, darker for more; left: purple; came in: light. */
  private static String tint(List<String> values, String row, String column, int count, int max) {
    if (count == 0) {
      return "";
    }
    if (column.equals(ClassificationTransitions.EXITED)) {
      return "exited";
    }
    if (row.equals(ClassificationTransitions.NEW)) {
      return "entered";
    }
    if (row.equals(column)) {
      return "same";
    }
    if (values.contains(row) && values.contains(column)) {
      int level = count * 3 > max * 2 ? 3 : count * 3 > max ? 2 : 1;
      return "move" + level;
    }
    return "";
  }

  private Panel matrix(ClassificationTransitions.Result r, Dimension dimension) {
    List<String> values = dimension.values().stream().map(v -> v.key()).toList();
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(t.get("flow.col.on-a", dimension.label())));
    for (String c : r.columns()) {
      columns.add(Column.integer(t.get("flow.col.to", state(dimension, c))));
    }
    columns.add(Column.integer(t.get("ladder.col.total")));
    int max = 1;
    for (int[] row : r.matrix()) {
      for (int n : row) {
        max = Math.max(max, n);
      }
    }
    List<Table.Row> rows = new ArrayList<>();
    List<String> rowLabels = new ArrayList<>();
    for (int i = 0; i < r.rows().size(); i++) {
      String row = r.rows().get(i);
      if (!values.contains(row) && r.rowTotal(row) == 0) {
        continue;
      }
      rowLabels.add(state(dimension, row));
      List<Object> cells = new ArrayList<>();
      cells.add(state(dimension, row));
      for (int j = 0; j < r.columns().size(); j++) {
        cells.add(new Table.Tinted(r.matrix()[i][j], tint(values, row, r.columns().get(j), r.matrix()[i][j], max)));
      }
      cells.add(r.rowTotal(row));
      rows.add(new Table.Row(cells, ""));
    }
    List<Object> totals = new ArrayList<>();
    totals.add(t.get("table.total"));
    r.columns().forEach(c -> totals.add(r.columnTotal(c)));
    totals.add(r.population());
    rows.add(new Table.Row(totals, "total"));
    Table table = new Table(columns, rows);

    // Per row (where candidates were on A), stacked by where they were on B: one colour per value.
    List<Chart.Series> series = new ArrayList<>();
    for (int j = 0; j < r.columns().size(); j++) {
      String column = r.columns().get(j);
      if (!values.contains(column) && r.columnTotal(column) == 0) {
        continue;
      }
      List<Integer> data = new ArrayList<>();
      for (int i = 0; i < r.rows().size(); i++) {
        String row = r.rows().get(i);
        if (!values.contains(row) && r.rowTotal(row) == 0) {
          continue;
        }
        data.add(r.matrix()[i][j]);
      }
      String colour = column.equals(ClassificationTransitions.NONE) ? Colours.NONE
          : column.equals(ClassificationTransitions.REVIEW) ? Colours.BAD
          : column.equals(ClassificationTransitions.EXITED) ? "#6A3D9A" : Colours.SERIES[j % Colours.SERIES.length];
      series.add(new Chart.Series(t.get("flow.chart.on-b", state(dimension, column)), data, colour));
    }
    Chart chart = new Chart("bar", rowLabels, series, true, false, t.get("flow.chart.candidates"),
        t.get("flow.col.on-a", dimension.label()), true);
    List<Figure> figures = List.of(
        Figure.of(t.get("flow.fig.population"), DisplayFormat.INSTANCE.number(r.population())),
        Figure.of(t.get("flow.fig.moved"), DisplayFormat.INSTANCE.number(r.moved())).hint(t.get("flow.fig.moved-hint")),
        Figure.of(t.get("flow.fig.stayed"), DisplayFormat.INSTANCE.number(r.stayed())),
        Figure.of(t.get("flow.fig.first"), DisplayFormat.INSTANCE.number(r.firstClassified())).hint(t.get("flow.fig.first-hint")),
        Figure.of(t.get("flow.new"), DisplayFormat.INSTANCE.number(r.newInFile())),
        Figure.of(t.get("flow.exited"), DisplayFormat.INSTANCE.number(r.exited())));
    return new Panel("matrix", t.get("flow.panel.matrix", dimension.label()),
        t.get("flow.panel.matrix.explain", DisplayFormat.INSTANCE.date(r.from()), DisplayFormat.INSTANCE.date(r.to())),
        figures, chart, table, t.get("flow.note"));
  }

  private Panel moves(ClassificationTransitions.Result r, Dimension dimension) {
    List<Table.Row> rows = new ArrayList<>();
    for (ClassificationTransitions.Move m : r.moves()) {
      rows.add(Table.Row.of(new Table.Link(m.name(), "/office/kandidaten/" + m.candidateId()),
          dimension.labelOf(m.from()), dimension.labelOf(m.to())));
    }
    Table table = new Table(List.of(Column.text(t.get("flow.col.candidate")),
        Column.text(t.get("flow.col.from", DisplayFormat.INSTANCE.date(r.from()))),
        Column.text(t.get("flow.col.to-value", DisplayFormat.INSTANCE.date(r.to())))), rows);
    return new Panel("doorgestroomd", t.get("flow.panel.moves"), t.get("flow.panel.moves.explain"), List.of(), null,
        table, null);
  }
}
