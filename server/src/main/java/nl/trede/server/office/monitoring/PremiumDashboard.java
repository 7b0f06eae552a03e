package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.kpi.PremiumCandidates;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Uitstroompremie: who may claim the premium now and who will once their work has lasted long enough
 * (002 §3.3.9, §3.4.2 "In deze kaart informeren we deze inwoners ook over de mogelijkheid om de
 * uitstroompremie ... aan te vragen"), so the office sends the card to each of them.
 */
@Singleton
class PremiumDashboard extends DescribedDashboard {
  private final KpiService kpis;
  private final DisplayNames directory;
  private final OfficeText t;

  PremiumDashboard(KpiService kpis, DisplayNames directory, OfficeText t) {
    super(About.of("uitstroompremie", "premium", 57, Period.Preset.THIS_MONTH).onReferenceDate());
    this.kpis = kpis;
    this.directory = directory;
    this.t = t;
  }

  @Override
  public String notice(OfficeUser user) {
    return kpis.configuration(user.tenantId()).map(c -> c.instruments().stream()
        .noneMatch(i -> i.kind() == nl.trede.config.InstrumentKind.PREMIUM)).orElse(true)
        ? t.get("premium.none") : null;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    PremiumCandidates.Result r = kpis.premiumCandidates(Dashboards.scope(user), selection.period().to());
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    DisplayFormat f = DisplayFormat.INSTANCE;
    List<Table.Row> rows = new ArrayList<>();
    for (PremiumCandidates.Line l : r.lines()) {
      rows.add(Table.Row.of(new Table.Link(l.name(), Table.CANDIDATE_PAGE + l.candidateId()),
          Dashboards.person(users, l.caseManagerId(), t.get("premium.nobody"), t), l.premium().instrument().name(),
          l.premium().since(), t.get(l.premium().met() ? "premium.status.met" : "premium.status.coming"),
          l.exit() == null ? "" : f.date(l.exit().date()) + " · " + t.label("exit.reason", l.exit().reason()))
          .tone(l.premium().met() ? "overdue" : ""));
    }
    Table table = new Table(List.of(Column.text(t.get("premium.col.candidate")),
        Column.text(t.get("premium.col.case-manager")), Column.text(t.get("premium.col.premium")),
        Column.date(t.get("premium.col.since")), Column.text(t.get("premium.col.status")),
        Column.text(t.get("premium.col.exit"))), rows);
    List<Figure> figures = List.of(
        Figure.of(t.get("premium.fig.met"), f.number(r.met())).hint(t.get("premium.fig.met-hint",
            f.date(r.reference()))),
        Figure.of(t.get("premium.fig.coming"), f.number(r.lines().size() - r.met()))
            .hint(t.get("premium.fig.coming-hint")));
    return List.of(new Panel("wie", t.get("premium.panel"), t.get("premium.panel.explain"), figures,
        perCaseManager(r, users), table, t.get("premium.note")));
  }

  /** Who may claim now and who later, per case manager: who sends the cards. */
  private Chart perCaseManager(PremiumCandidates.Result r, Map<String, DisplayNames.Person> users) {
    Map<String, int[]> counts = new java.util.TreeMap<>();
    for (PremiumCandidates.Line l : r.lines()) {
      counts.computeIfAbsent(Dashboards.person(users, l.caseManagerId(), t.get("premium.nobody"), t),
          k -> new int[2])[l.premium().met() ? 0 : 1]++;
    }
    List<String> labels = new ArrayList<>(counts.keySet());
    return Chart.bars(labels, t.get("premium.chart"),
        new Chart.Series(t.get("premium.fig.met"), labels.stream().map(k -> counts.get(k)[0]).toList(), Colours.BAD),
        new Chart.Series(t.get("premium.fig.coming"), labels.stream().map(k -> counts.get(k)[1]).toList(),
            Colours.COUNT)).asStacked().asHorizontal();
  }
}
