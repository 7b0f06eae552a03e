package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.trede.config.SessionKind;
import nl.trede.server.kpi.GroupSessions;
import nl.trede.server.kpi.GroupSessions.Counts;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Groepsbijeenkomsten: trainings, workshops and markets held in the period, per kind and one by one,
 * with who was invited, who came and who wants a follow-up (issue 18; 001 §2.1.3, 002 §3.3.4, 004
 * Bijlage 2). Each session links to its page with the invited candidates the user may see.
 */
@Singleton
class GroupSessionsDashboard extends DescribedDashboard {
  /** Where one session's page is. */
  static final String SESSION_PAGE = "/office/bijeenkomsten/";

  private final KpiService kpis;
  private final OfficeText t;

  GroupSessionsDashboard(KpiService kpis, OfficeText t) {
    super(About.of("groepsbijeenkomsten", "sessions", 58, Period.Preset.LAST_12_MONTHS));
    this.kpis = kpis;
    this.t = t;
  }

  @Override
  public String notice(OfficeUser user) {
    return kpis.configuration(user.tenantId()).map(c -> c.sessionKinds().isEmpty()).orElse(true)
        ? t.get("sessions.no-kinds") : null;
  }

  /** Planning is for who owns files (office, case manager): they invite from their files. */
  @Override
  public Table.Link action(OfficeUser user) {
    return user.role().ownsFiles() ? new Table.Link(t.get("sessions.plan"), SESSION_PAGE + "nieuw") : null;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    GroupSessions.Result r = kpis.groupSessions(Dashboards.scope(user), selection.period().from(),
        selection.period().to());
    String whose = t.get(user.role().seesWholeMunicipality() ? "sessions.whose.all" : "sessions.whose.caseload");
    return List.of(perKind(r, whose), sessions(r, whose));
  }

  private String kindLabel(SessionKind kind, String key) {
    return kind == null ? key : kind.label();
  }

  private String mode(SessionKind kind) {
    return kind == null ? "" : t.label("sessions.mode", kind.attendance());
  }

  private static Object[] counts(Counts c) {
    return new Object[] {c.sessions(), c.cancelled(), c.invited(), c.attended(), c.noShow(), c.excused(),
        c.unrecorded(), Dashboards.percent(c.cameShare()), c.followUps(), c.visitors(), c.interested()};
  }

  private static Table.Row row(Object first, Object second, Counts c) {
    List<Object> cells = new ArrayList<>(List.of(first, second));
    // Arrays.asList: the share is null where no presence was recorded.
    cells.addAll(java.util.Arrays.asList(counts(c)));
    return Table.Row.of(cells.toArray());
  }

  private List<Column> countColumns() {
    return List.of(Column.integer(t.get("sessions.col.held")), Column.integer(t.get("sessions.col.cancelled")),
        Column.integer(t.get("sessions.col.invited")), Column.integer(t.get("sessions.col.attended")),
        Column.integer(t.get("sessions.col.no-show")), Column.integer(t.get("sessions.col.excused")),
        Column.integer(t.get("sessions.col.unrecorded")), Column.decimal(t.get("sessions.col.came")),
        Column.integer(t.get("sessions.col.follow-up")), Column.integer(t.get("sessions.col.visitors")),
        Column.integer(t.get("sessions.col.interested")));
  }

  private Panel perKind(GroupSessions.Result r, String whose) {
    List<String> labels = new ArrayList<>();
    List<Integer> attended = new ArrayList<>();
    List<Integer> noShow = new ArrayList<>();
    List<Integer> other = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (GroupSessions.PerKind k : r.perKind()) {
      String label = kindLabel(k.kind(), k.key());
      labels.add(label);
      attended.add(k.counts().attended());
      noShow.add(k.counts().noShow());
      other.add(k.counts().excused() + k.counts().unrecorded());
      rows.add(row(label, mode(k.kind()), k.counts()));
    }
    rows.add(row(t.get("table.total"), "", r.total()).tone("total"));
    List<Column> columns = new ArrayList<>(List.of(Column.text(t.get("sessions.col.kind")),
        Column.text(t.get("sessions.col.mode"))));
    columns.addAll(countColumns());
    Chart chart = Chart.bars(labels, t.get("sessions.chart.invited"),
        new Chart.Series(t.get("sessions.col.attended"), attended, Colours.GOOD),
        new Chart.Series(t.get("sessions.col.no-show"), noShow, Colours.BAD),
        new Chart.Series(t.get("sessions.chart.other"), other, Colours.NONE)).asStacked().asHorizontal();
    Counts c = r.total();
    DisplayFormat f = DisplayFormat.INSTANCE;
    List<Figure> figures = new ArrayList<>(List.of(
        Figure.of(t.get("sessions.fig.held"), f.number(c.sessions())).hint(t.get("sessions.fig.held-hint",
            c.cancelled())),
        Figure.of(t.get("sessions.fig.invited"), f.number(c.invited())).hint(whose),
        Figure.of(t.get("sessions.fig.came"), c.cameShare() == null ? "–" : f.percent(c.cameShare()))
            .hint(t.get("sessions.fig.came-hint", c.attended(), c.attended() + c.noShow())),
        Figure.of(t.get("sessions.fig.follow-up"), f.number(c.followUps())).hint(t.get("sessions.fig.follow-up-hint"))));
    // The day's numbers only where a kind is counted by headcount: elsewhere nobody counts visitors.
    if (r.perKind().stream().anyMatch(k -> k.kind() != null && !k.kind().recordsWhoCame())) {
      figures.add(Figure.of(t.get("sessions.fig.visitors"), f.number(c.visitors()))
          .hint(t.get("sessions.fig.visitors-hint", c.interested())));
    }
    return new Panel("per-soort", t.get("sessions.panel.per-kind"), t.get("sessions.panel.per-kind.explain"),
        figures, chart, new Table(columns, rows), t.get("sessions.note"));
  }

  private Panel sessions(GroupSessions.Result r, String whose) {
    List<Table.Row> rows = new ArrayList<>();
    for (GroupSessions.Line l : r.lines()) {
      var s = l.session();
      List<Object> cells = new ArrayList<>(List.of(s.date(),
          new Table.Link(s.title(), SESSION_PAGE + s.id()), kindLabel(l.kind(), s.kind()),
          s.place() == null ? "" : s.place(), s.cancelled() ? t.get("sessions.cancelled") : ""));
      Counts c = l.counts();
      cells.addAll(List.of(c.invited(), c.attended(), c.noShow(), c.excused(), c.followUps(), c.visitors(),
          c.interested()));
      rows.add(Table.Row.of(cells.toArray()).tone(s.cancelled() ? "muted" : ""));
    }
    Table table = new Table(List.of(Column.date(t.get("sessions.col.date")), Column.text(t.get("sessions.col.title")),
        Column.text(t.get("sessions.col.kind")), Column.text(t.get("sessions.col.place")),
        Column.text(t.get("sessions.col.status")), Column.integer(t.get("sessions.col.invited")),
        Column.integer(t.get("sessions.col.attended")), Column.integer(t.get("sessions.col.no-show")),
        Column.integer(t.get("sessions.col.excused")), Column.integer(t.get("sessions.col.follow-up")),
        Column.integer(t.get("sessions.col.visitors")), Column.integer(t.get("sessions.col.interested"))), rows);
    return new Panel("bijeenkomsten", t.get("sessions.panel.sessions"), t.get("sessions.panel.sessions.explain", whose),
        List.of(), null, table, null);
  }
}
