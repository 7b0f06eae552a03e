package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.server.kpi.CoachingHoursReport;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.Directory;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.web.Fmt;
import nl.trede.server.office.web.OfficeText;

/**
 * Jobcoach-uren per month, employer and jobcoach (000 Bijlage A). The comparison with budgets per
 * budget line follows when municipalities configure their instruments.
 */
@Singleton
class CoachingHoursDashboard implements Dashboard {
  private final KpiService kpis;
  private final Directory directory;
  private final OfficeText t;

  CoachingHoursDashboard(KpiService kpis, Directory directory, OfficeText t) {
    this.kpis = kpis;
    this.directory = directory;
    this.t = t;
  }

  @Override
  public String id() {
    return "jobcoach-uren";
  }

  @Override
  public String titleKey() {
    return "hours.title";
  }

  @Override
  public String summaryKey() {
    return "hours.summary";
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Period.Preset defaultPeriod() {
    return Period.Preset.THIS_YEAR;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Period period) {
    CoachingHoursReport.Result r = kpis.coachingHours(Dashboards.scope(user), period.from(), period.to());
    List<String> ids = new ArrayList<>();
    r.perEmployer().forEach(l -> ids.add(String.valueOf(l.id())));
    Map<String, Directory.Named> employers = directory.names(user.tenantId(), ids);
    Map<String, Directory.Person> users = directory.users(user.tenantId());
    return List.of(perMonth(r), perEmployer(r, employers), perJobcoach(r, users));
  }

  private Panel perMonth(CoachingHoursReport.Result r) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> hours = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (CoachingHoursReport.Month m : r.perMonth()) {
      String label = Fmt.INSTANCE.month(m.month().atDay(1));
      labels.add(label);
      hours.add(m.hours());
      rows.add(Table.Row.of(label, m.hours(), m.entries()));
    }
    rows.add(Table.Row.of(t.get("table.total"), r.hours(), r.entries()).tone("total"));
    Table table = new Table(List.of(Column.text(t.get("hours.col.month")), Column.decimal(t.get("hours.col.hours")),
        Column.integer(t.get("hours.col.entries"))), rows);
    Chart chart = Chart.bars(labels, t.get("hours.col.hours"),
        new Chart.Series(t.get("hours.col.hours"), hours, "#E69F00")).withDecimals();
    List<Figure> figures = new ArrayList<>(List.of(
        Figure.of(t.get("hours.fig.total"), Fmt.INSTANCE.number(r.hours(), 2)),
        Figure.of(t.get("hours.fig.entries"), Fmt.INSTANCE.number(r.entries())),
        Figure.of(t.get("hours.fig.candidates"), Fmt.INSTANCE.number(r.candidates()))));
    for (CoachKind kind : CoachKind.values()) {
      figures.add(Figure.of(t.label("hours.kind", kind), Fmt.INSTANCE.number(r.perKind().get(kind), 2))
          .hint(t.get("hours.fig.hours")));
    }
    return new Panel("per-maand", t.get("hours.panel.month"), t.get("hours.panel.month.explain"),
        figures, chart, table, t.get("hours.note.budget"));
  }

  private Panel perEmployer(CoachingHoursReport.Result r, Map<String, Directory.Named> employers) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> hours = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (CoachingHoursReport.Line l : r.perEmployer()) {
      Directory.Named named = employers.get(String.valueOf(l.id()));
      String name = named == null ? t.get("visits.unknown") : named.name();
      labels.add(name);
      hours.add(l.hours());
      rows.add(Table.Row.of(name, l.hours(), l.entries(), l.candidates()));
    }
    Table table = new Table(List.of(Column.text(t.get("hours.col.employer")), Column.decimal(t.get("hours.col.hours")),
        Column.integer(t.get("hours.col.entries")), Column.integer(t.get("hours.col.candidates"))), rows);
    Chart chart = Chart.bars(labels, t.get("hours.col.hours"),
        new Chart.Series(t.get("hours.col.hours"), hours, "#0072B2")).asHorizontal().withDecimals();
    return new Panel("per-werkgever", t.get("hours.panel.employer"), t.get("hours.panel.employer.explain"),
        List.of(), chart, table, null);
  }

  private Panel perJobcoach(CoachingHoursReport.Result r, Map<String, Directory.Person> users) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> hours = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (CoachingHoursReport.Line l : r.perJobcoach()) {
      String name = name(users, l.id());
      labels.add(name);
      hours.add(l.hours());
      rows.add(Table.Row.of(name, l.hours(), l.entries(), l.candidates()));
    }
    Table table = new Table(List.of(Column.text(t.get("hours.col.jobcoach")), Column.decimal(t.get("hours.col.hours")),
        Column.integer(t.get("hours.col.entries")), Column.integer(t.get("hours.col.candidates"))), rows);
    Chart chart = Chart.bars(labels, t.get("hours.col.hours"),
        new Chart.Series(t.get("hours.col.hours"), hours, "#009E73")).asHorizontal().withDecimals();
    return new Panel("per-jobcoach", t.get("hours.panel.jobcoach"), t.get("hours.panel.jobcoach.explain"),
        List.of(), chart, table, null);
  }

  private String name(Map<String, Directory.Person> users, UUID id) {
    Directory.Person p = id == null ? null : users.get(id.toString());
    return p == null ? t.get("visits.unknown") : p.displayName();
  }
}
