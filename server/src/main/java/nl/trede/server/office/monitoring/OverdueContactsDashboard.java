package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.kpi.OverdueContacts;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/** Achterstallige contacten: per coach, and the candidates who are overdue (DOMAIN §5). */
@Singleton
class OverdueContactsDashboard extends DescribedDashboard {
  /** Bands of days overdue for the chart: a week, a month, a quarter, longer. */
  private static final long[] BANDS = {1, 8, 31, 91};

  private final KpiService kpis;
  private final DisplayNames directory;
  private final OfficeText t;

  OverdueContactsDashboard(KpiService kpis, DisplayNames directory, OfficeText t) {
    super(About.of("achterstallige-contacten", "overdue", 10, Period.Preset.THIS_MONTH)
        .onReferenceDate());
    this.kpis = kpis;
    this.directory = directory;
    this.t = t;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    Period period = selection.period();
    OverdueContacts.Result r = kpis.overdueContacts(Dashboards.scope(user), period.to());
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    return List.of(perCoach(r, users, kpis.contactPolicy(user.tenantId()).defaultFrequencyDays()), candidates(r, users));
  }

  private String person(Map<String, DisplayNames.Person> users, UUID id) {
    return Dashboards.person(users, id, t.get("overdue.nobody"), t);
  }

  private Panel perCoach(OverdueContacts.Result r, Map<String, DisplayNames.Person> users, int defaultFrequency) {
    List<String> labels = new ArrayList<>();
    List<Integer> onTime = new ArrayList<>();
    List<Integer> late = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (OverdueContacts.PerPerson p : r.perPerson()) {
      String name = person(users, p.userId());
      labels.add(name);
      onTime.add(p.candidates() - p.overdue());
      late.add(p.overdue());
      DisplayNames.Person who = p.userId() == null ? null : users.get(p.userId().toString());
      rows.add(Table.Row.of(name, who == null ? "" : t.get("role." + who.role()), p.candidates(),
          p.overdue(), Dashboards.percent(p.share()), p.overdue() == 0 ? null : p.longestOverdueDays())
          .tone(p.overdue() > 0 ? "overdue" : ""));
    }
    rows.add(Table.Row.of(t.get("table.total"), "", r.candidates(), r.overdue(),
        Dashboards.percent(Dashboards.share(r.overdue(), r.candidates())), null).tone("total"));
    Table table = new Table(List.of(
        Column.text(t.get("overdue.col.coach")), Column.text(t.get("overdue.col.role")),
        Column.integer(t.get("overdue.col.candidates")), Column.integer(t.get("overdue.col.overdue")),
        Column.decimal(t.get("overdue.col.share")), Column.integer(t.get("overdue.col.longest"))), rows);
    Chart chart = Chart.bars(labels, t.get("overdue.chart.candidates"),
        new Chart.Series(t.get("overdue.chart.on-time"), onTime, Colours.GOOD),
        new Chart.Series(t.get("overdue.chart.overdue"), late, Colours.BAD)).asStacked().asHorizontal();
    List<Figure> figures = new ArrayList<>(List.of(
        Figure.of(t.get("overdue.fig.candidates"), DisplayFormat.INSTANCE.number(r.candidates())),
        Figure.of(t.get("overdue.fig.overdue"), DisplayFormat.INSTANCE.number(r.overdue()))
            .hint(DisplayFormat.INSTANCE.percent(Dashboards.share(r.overdue(), r.candidates()))).warn(r.overdue() > 0),
        Figure.of(t.get("overdue.fig.never"), DisplayFormat.INSTANCE.number(r.neverSpokenTo()))
            .hint(t.get("overdue.fig.never-hint"))));
    if (r.aftercare() > 0) {
      // Closed files: beside the caseload's share, never in it (decision 0057).
      figures.add(Figure.of(t.get("overdue.fig.aftercare"), DisplayFormat.INSTANCE.number(r.aftercareOverdue()))
          .hint(t.get("overdue.fig.aftercare-hint", r.aftercare())).warn(r.aftercareOverdue() > 0));
    }
    return new Panel("per-coach", t.get("overdue.panel.per-coach"), t.get("overdue.panel.per-coach.explain"),
        figures, chart, table, t.get("overdue.note", defaultFrequency));
  }

  private Panel candidates(OverdueContacts.Result r, Map<String, DisplayNames.Person> users) {
    List<OverdueContacts.CandidateStatus> overdue = r.overdueOnly();
    int[] bands = new int[BANDS.length];
    List<Table.Row> rows = new ArrayList<>();
    for (OverdueContacts.CandidateStatus s : overdue) {
      for (int i = BANDS.length - 1; i >= 0; i--) {
        if (s.daysOverdue() >= BANDS[i]) {
          bands[i]++;
          break;
        }
      }
      String responsible = s.responsible().stream().filter(Objects::nonNull).map(id -> person(users, id))
          .collect(Collectors.joining(", "));
      rows.add(Table.Row.of(new Table.Link(s.name(), "/office/kandidaten/" + s.candidateId()),
          responsible.isEmpty() ? t.get("overdue.nobody") : responsible, s.lastContact(), s.due(),
          s.daysOverdue(), s.frequencyDays(), s.capped()));
    }
    Table table = new Table(List.of(
        Column.text(t.get("overdue.col.candidate")), Column.text(t.get("overdue.col.coach")),
        Column.date(t.get("overdue.col.last")), Column.date(t.get("overdue.col.due")),
        Column.integer(t.get("overdue.col.days")), Column.integer(t.get("overdue.col.frequency")),
        Column.yesNo(t.get("overdue.col.capped"))), rows);
    List<String> labels = List.of(t.get("overdue.band.week"), t.get("overdue.band.month"),
        t.get("overdue.band.quarter"), t.get("overdue.band.longer"));
    Chart chart = Chart.bars(labels, t.get("overdue.chart.candidates"),
        new Chart.Series(t.get("overdue.chart.overdue"), java.util.Arrays.stream(bands).boxed().toList(), Colours.BAD));
    return new Panel("kandidaten", t.get("overdue.panel.candidates"), t.get("overdue.panel.candidates.explain"),
        List.of(), chart, table, null);
  }
}
