package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.server.kpi.CoachingBudget;
import nl.trede.server.kpi.CoachingHoursReport;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Jobcoach-uren per month against the hours the municipality's budget lines allow, per employer and
 * jobcoach, per placement against the hours granted, and the coaching that runs past its planned end
 * (000 Bijlage A: made to measure, no longer than necessary; 000 §7: budgets reviewed monthly).
 */
@Singleton
class CoachingHoursDashboard extends DescribedDashboard {
  private final KpiService kpis;
  private final DisplayNames directory;
  private final OfficeText t;

  CoachingHoursDashboard(KpiService kpis, DisplayNames directory, OfficeText t) {
    super(About.of("jobcoach-uren", "hours", 40, Period.Preset.THIS_YEAR));
    this.kpis = kpis;
    this.directory = directory;
    this.t = t;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    Period period = selection.period();
    CoachingBudget.Result budget = kpis.coachingBudget(Dashboards.scope(user), period.from(), period.to());
    CoachingHoursReport.Result r = budget.report();
    List<String> ids = new ArrayList<>();
    r.perEmployer().forEach(l -> ids.add(String.valueOf(l.id())));
    budget.coached().forEach(c -> ids.add(String.valueOf(c.employerId())));
    Map<String, DisplayNames.Named> employers = directory.names(user.tenantId(), ids);
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    return List.of(perMonth(r, budget), perEmployer(r, employers), perJobcoach(r, users),
        perPlacement(budget, employers, users), overruns(budget, employers, users));
  }

  private Panel perMonth(CoachingHoursReport.Result r, CoachingBudget.Result budget) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> hours = new ArrayList<>();
    List<Integer> allowed = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < r.perMonth().size(); i++) {
      CoachingHoursReport.Month m = r.perMonth().get(i);
      CoachingBudget.Month b = budget.perMonth().get(i);
      String label = DisplayFormat.INSTANCE.month(m.month().atDay(1));
      labels.add(label);
      hours.add(m.hours());
      allowed.add(b.budget());
      rows.add(Table.Row.of(label, m.hours(), m.entries(), b.budget(), Dashboards.percent(b.share()))
          .tone(b.share() != null && b.share() > 1 ? "overdue" : ""));
    }
    Double total = budget.budget() == null || budget.budget() == 0 ? null
        : r.hours().doubleValue() / budget.budget();
    rows.add(Table.Row.of(t.get("table.total"), r.hours(), r.entries(), budget.budget(), Dashboards.percent(total))
        .tone("total"));
    Table table = new Table(List.of(Column.text(t.get("hours.col.month")), Column.decimal(t.get("hours.col.hours")),
        Column.integer(t.get("hours.col.entries")), Column.integer(t.get("hours.col.budget")),
        Column.decimal(t.get("hours.col.used"))), rows);
    List<Chart.Series> series = new ArrayList<>();
    series.add(new Chart.Series(t.get("hours.col.hours"), hours, Colours.HOURS));
    if (budget.budgetPerMonth() != null) {
      series.add(Chart.Series.line(t.get("hours.chart.budget"), allowed, Colours.TARGET));
    }
    Chart chart = new Chart("bar", labels, series, false, false, t.get("hours.col.hours"), null, false);
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.of(t.get("hours.fig.total"), DisplayFormat.INSTANCE.number(r.hours(), 2)));
    if (budget.budget() != null) {
      String lines = budget.lines().stream().map(l -> t.get("hours.fig.line", l.label(), l.hoursPerMonth()))
          .collect(java.util.stream.Collectors.joining("; "));
      figures.add(Figure.of(t.get("hours.fig.budget"), DisplayFormat.INSTANCE.number(budget.budget()))
          .hint(lines));
      figures.add(Figure.of(t.get("hours.fig.used"), total == null ? "–" : DisplayFormat.INSTANCE.percent(total))
          .hint(t.get("hours.fig.used-hint")).warn(total != null && total > 1));
    }
    figures.add(Figure.of(t.get("hours.fig.entries"), DisplayFormat.INSTANCE.number(r.entries())));
    figures.add(Figure.of(t.get("hours.fig.candidates"), DisplayFormat.INSTANCE.number(r.candidates())));
    for (CoachKind kind : CoachKind.values()) {
      figures.add(Figure.of(t.label("hours.kind", kind), DisplayFormat.INSTANCE.number(r.perKind().get(kind), 2))
          .hint(t.get("hours.fig.hours")));
    }
    if (budget.withoutPlacement().signum() > 0) {
      figures.add(Figure.of(t.get("hours.fig.without-placement"), DisplayFormat.INSTANCE.number(budget.withoutPlacement(), 2))
          .hint(t.get("hours.fig.without-placement-hint")));
    }
    return new Panel("per-maand", t.get("hours.panel.month"), t.get("hours.panel.month.explain"),
        figures, chart, table, budget.budgetPerMonth() == null ? t.get("hours.note.no-budget") : t.get("hours.note.budget"));
  }

  private String jobcoach(CoachingBudget.Coached c, Map<String, DisplayNames.Person> users) {
    if (c.jobcoachId() != null) {
      return name(users, c.jobcoachId());
    }
    return c.coachName() == null ? "" : c.coachName();
  }

  private String where(CoachingBudget.Coached c, Map<String, DisplayNames.Named> employers) {
    DisplayNames.Named e = c.employerId() == null ? null : employers.get(c.employerId().toString());
    return e != null ? e.name() : c.organisation() == null ? "" : c.organisation();
  }

  private Panel perPlacement(CoachingBudget.Result b, Map<String, DisplayNames.Named> employers,
      Map<String, DisplayNames.Person> users) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> used = new ArrayList<>();
    List<Integer> granted = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    int over = 0;
    for (CoachingBudget.Coached c : b.coached()) {
      labels.add(c.candidate());
      used.add(c.used());
      granted.add(c.granted());
      over += c.overGranted() ? 1 : 0;
      rows.add(Table.Row.of(new Table.Link(c.candidate(), "/office/kandidaten/" + c.candidateId()), where(c, employers),
          jobcoach(c, users), t.label("coaching.kind", c.coachKind()), c.start(), c.plannedEnd(), c.granted(), c.used(),
          c.inPeriod(), Dashboards.percent(c.shareUsed())).tone(c.overGranted() ? "overdue" : ""));
    }
    Table table = new Table(List.of(Column.text(t.get("hours.col.candidate")), Column.text(t.get("hours.col.employer")),
        Column.text(t.get("hours.col.jobcoach")), Column.text(t.get("hours.col.kind")), Column.date(t.get("hours.col.start")),
        Column.date(t.get("hours.col.planned-end")), Column.integer(t.get("hours.col.granted")),
        Column.decimal(t.get("hours.col.used-hours")), Column.decimal(t.get("hours.col.in-period")),
        Column.decimal(t.get("hours.col.used"))), rows);
    Chart chart = new Chart("bar", labels, List.of(
        new Chart.Series(t.get("hours.col.used-hours"), used, Colours.HOURS),
        Chart.Series.target(t.get("hours.col.granted"), granted)), false, true, t.get("hours.col.hours"), null, false);
    List<Figure> figures = List.of(
        Figure.of(t.get("hours.fig.placements"), DisplayFormat.INSTANCE.number(b.coached().size())),
        Figure.of(t.get("hours.fig.over-granted"), DisplayFormat.INSTANCE.number(over)).hint(t.get("hours.fig.over-granted-hint"))
            .warn(over > 0));
    return new Panel("per-plaatsing", t.get("hours.panel.placement"),
        t.get("hours.panel.placement.explain", DisplayFormat.INSTANCE.date(b.to())), figures, chart, table, null);
  }

  private Panel overruns(CoachingBudget.Result b, Map<String, DisplayNames.Named> employers,
      Map<String, DisplayNames.Person> users) {
    List<String> labels = new ArrayList<>();
    List<Long> days = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    BigDecimal since = BigDecimal.ZERO;
    for (CoachingBudget.Coached c : b.overruns()) {
      labels.add(c.candidate());
      days.add(c.daysPastPlannedEnd());
      since = since.add(c.sincePlannedEnd());
      rows.add(Table.Row.of(new Table.Link(c.candidate(), "/office/kandidaten/" + c.candidateId()), where(c, employers),
          jobcoach(c, users), c.plannedEnd(), c.daysPastPlannedEnd(), c.sincePlannedEnd(), c.granted(), c.used())
          .tone("overdue"));
    }
    Table table = new Table(List.of(Column.text(t.get("hours.col.candidate")), Column.text(t.get("hours.col.employer")),
        Column.text(t.get("hours.col.jobcoach")), Column.date(t.get("hours.col.planned-end")),
        Column.integer(t.get("hours.col.days-past")), Column.decimal(t.get("hours.col.since")),
        Column.integer(t.get("hours.col.granted")), Column.decimal(t.get("hours.col.used-hours"))), rows);
    Chart chart = Chart.bars(labels, t.get("hours.col.days-past"),
        new Chart.Series(t.get("hours.col.days-past"), days, Colours.BAD)).asHorizontal();
    List<Figure> figures = List.of(
        Figure.of(t.get("hours.fig.overruns"), DisplayFormat.INSTANCE.number(b.overruns().size()))
            .hint(t.get("hours.fig.overruns-hint", DisplayFormat.INSTANCE.date(b.to()))).warn(!b.overruns().isEmpty()),
        Figure.of(t.get("hours.fig.since"), DisplayFormat.INSTANCE.number(since, 2)).hint(t.get("hours.fig.since-hint")));
    return new Panel("over-einddatum", t.get("hours.panel.overrun"), t.get("hours.panel.overrun.explain"), figures,
        chart, table, t.get("hours.note.overrun"));
  }

  private Panel perEmployer(CoachingHoursReport.Result r, Map<String, DisplayNames.Named> employers) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> hours = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (CoachingHoursReport.Line l : r.perEmployer()) {
      DisplayNames.Named named = employers.get(String.valueOf(l.id()));
      String name = named == null ? t.get("visits.unknown") : named.name();
      labels.add(name);
      hours.add(l.hours());
      rows.add(Table.Row.of(name, l.hours(), l.entries(), l.candidates()));
    }
    Table table = new Table(List.of(Column.text(t.get("hours.col.employer")), Column.decimal(t.get("hours.col.hours")),
        Column.integer(t.get("hours.col.entries")), Column.integer(t.get("hours.col.candidates"))), rows);
    Chart chart = Chart.bars(labels, t.get("hours.col.hours"),
        new Chart.Series(t.get("hours.col.hours"), hours, Colours.HOURS)).asHorizontal().withDecimals();
    return new Panel("per-werkgever", t.get("hours.panel.employer"), t.get("hours.panel.employer.explain"),
        List.of(), chart, table, null);
  }

  private Panel perJobcoach(CoachingHoursReport.Result r, Map<String, DisplayNames.Person> users) {
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
        new Chart.Series(t.get("hours.col.hours"), hours, Colours.HOURS)).asHorizontal().withDecimals();
    return new Panel("per-jobcoach", t.get("hours.panel.jobcoach"), t.get("hours.panel.jobcoach.explain"),
        List.of(), chart, table, null);
  }

  private String name(Map<String, DisplayNames.Person> users, UUID id) {
    DisplayNames.Person p = id == null ? null : users.get(id.toString());
    return p == null ? t.get("visits.unknown") : p.displayName();
  }
}
