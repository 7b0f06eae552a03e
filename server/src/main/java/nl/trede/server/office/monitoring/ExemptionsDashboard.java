package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.server.kpi.Exemptions;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Ontheffingen: exemptions that run out, expired without review, and ontheffingen without a
 * tegenprestatie, per case manager (003 §2C "Er wordt kritisch gekeken naar mensen die een ontheffing
 * hebben van de arbeids- en re-integratieplicht"; doelstelling 2 "Een zinvolle tegensprestatie bij een
 * ontheffing van de arbeidsverplichtingen").
 */
@Singleton
class ExemptionsDashboard extends DescribedDashboard {
  private final KpiService kpis;
  private final DisplayNames directory;
  private final OfficeText t;

  ExemptionsDashboard(KpiService kpis, DisplayNames directory, OfficeText t) {
    super(About.of("ontheffingen", "exemptions", 12, Period.Preset.THIS_MONTH).onReferenceDate());
    this.kpis = kpis;
    this.directory = directory;
    this.t = t;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    Exemptions.Result r = kpis.exemptions(Dashboards.scope(user), selection.period().to());
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    return List.of(perCaseManager(r, users),
        exemptions("aandacht", "exemptions.panel.attention", r.attentionLines(), null, r, users),
        exemptions("alle", "exemptions.panel.all", r.lines(), statusChart(r), r, users));
  }

  private String caseManager(Map<String, DisplayNames.Person> users, UUID id) {
    return Dashboards.person(users, id, t.get("exemptions.nobody"), t);
  }

  /** A figure that asks for action: in words and with an icon, not only in colour. */
  private Figure attention(String key, int count, String hint) {
    return Figure.of(t.get(key), DisplayFormat.INSTANCE.number(count)).hint(hint)
        .verdict(count == 0, t.get(count == 0 ? "exemptions.verdict.none" : "exemptions.verdict.attention"));
  }

  private Panel perCaseManager(Exemptions.Result r, Map<String, DisplayNames.Person> users) {
    List<String> labels = new ArrayList<>();
    List<Integer> attention = new ArrayList<>();
    List<Integer> inOrder = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (Exemptions.PerPerson p : r.perPerson()) {
      String name = caseManager(users, p.caseManagerId());
      labels.add(name);
      attention.add(p.needingAttention());
      inOrder.add(p.files() - p.needingAttention());
      rows.add(Table.Row.of(name, p.files(), p.withExemption(), Dashboards.percent(p.withExemption(), p.files()),
          p.needingAttention(), p.endingSoon(), p.toReview(), p.withoutTegenprestatie())
          .tone(p.needingAttention() > 0 ? "overdue" : ""));
    }
    rows.add(Table.Row.of(t.get("table.total"), r.openFiles(), r.withExemption(),
        Dashboards.percent(r.withExemption(), r.openFiles()), r.needingAttention(), r.endingSoon(), r.toReview(),
        r.withoutTegenprestatie()).tone("total"));
    Table table = new Table(List.of(
        Column.text(t.get("exemptions.col.case-manager")), Column.integer(t.get("exemptions.col.files")),
        Column.integer(t.get("exemptions.col.with")), Column.decimal(t.get("exemptions.col.share")),
        Column.integer(t.get("exemptions.col.attention")), Column.integer(t.get("exemptions.col.ending")),
        Column.integer(t.get("exemptions.col.review")), Column.integer(t.get("exemptions.col.without"))), rows);
    Chart chart = Chart.bars(labels, t.get("exemptions.chart.files"),
        new Chart.Series(t.get("exemptions.chart.attention"), attention, Colours.BAD),
        new Chart.Series(t.get("exemptions.chart.in-order"), inOrder, Colours.GOOD)).asStacked().asHorizontal();
    String window = DisplayFormat.INSTANCE.date(r.windowEnd());
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.of(t.get("exemptions.fig.open"), DisplayFormat.INSTANCE.number(r.openFiles()))
        .hint(t.get("exemptions.fig.open-hint", DisplayFormat.INSTANCE.date(r.reference()))));
    figures.add(Figure.of(t.get("exemptions.fig.with"), DisplayFormat.INSTANCE.number(r.withExemption()))
        .hint(t.get("exemptions.fig.with-hint",
            DisplayFormat.INSTANCE.percent(Dashboards.share(r.withExemption(), r.openFiles())))));
    for (ExemptionKind kind : ExemptionKind.values()) {
      figures.add(Figure.of(t.label("exemption", kind), DisplayFormat.INSTANCE.number(r.byKind().get(kind)))
          .hint(t.get("exemptions.fig.kind-hint")));
    }
    figures.add(attention("exemptions.fig.ending", r.endingSoon(), t.get("exemptions.fig.ending-hint", window)));
    figures.add(attention("exemptions.fig.review", r.toReview(), t.get("exemptions.fig.review-hint")));
    figures.add(attention("exemptions.fig.without", r.withoutTegenprestatie(),
        t.get("exemptions.fig.without-hint", r.withOntheffing())));
    return new Panel("per-klantmanager", t.get("exemptions.panel.per-case-manager"),
        t.get("exemptions.panel.per-case-manager.explain", Exemptions.REVIEW_WINDOW_DAYS / 7),
        figures, chart, table, t.get("exemptions.note"));
  }

  private Chart statusChart(Exemptions.Result r) {
    Map<Exemptions.Status, Integer> counts = new EnumMap<>(Exemptions.Status.class);
    for (Exemptions.Status s : Exemptions.Status.values()) {
      counts.put(s, 0);
    }
    r.lines().forEach(l -> counts.merge(l.status(), 1, Integer::sum));
    List<String> labels = new ArrayList<>();
    List<Integer> data = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    for (Exemptions.Status s : Exemptions.Status.values()) {
      labels.add(t.label("exemptions.status", s));
      data.add(counts.get(s));
      colours.add(s == Exemptions.Status.EXPIRED_TO_REVIEW || s == Exemptions.Status.ENDING_SOON ? Colours.BAD
          : Colours.COUNT);
    }
    return new Chart("bar", labels, List.of(new Chart.Series(t.get("exemptions.chart.exemptions"), data, Colours.COUNT,
        colours, null)), false, false, t.get("exemptions.chart.exemptions"), null, true);
  }

  private Panel exemptions(String id, String key, List<Exemptions.Line> lines, Chart chart, Exemptions.Result r,
      Map<String, DisplayNames.Person> users) {
    List<Table.Row> rows = new ArrayList<>();
    for (Exemptions.Line l : lines) {
      rows.add(Table.Row.of(new Table.Link(l.name(), Table.CANDIDATE_PAGE + l.candidateId()),
          caseManager(users, l.caseManagerId()), t.label("exemption", l.exemption().kind()), l.exemption().reason(),
          l.exemption().from(), l.exemption().until(), t.label("exemptions.status", l.status()), l.tegenprestatie())
          .tone(l.needsAttention() ? "overdue" : ""));
    }
    Table table = new Table(List.of(
        Column.text(t.get("exemptions.col.candidate")), Column.text(t.get("exemptions.col.case-manager")),
        Column.text(t.get("exemptions.col.kind")), Column.text(t.get("exemptions.col.reason")),
        Column.date(t.get("exemptions.col.from")), Column.date(t.get("exemptions.col.until")),
        Column.text(t.get("exemptions.col.status")), Column.yesNo(t.get("exemptions.col.tegenprestatie"))), rows);
    return new Panel(id, t.get(key), t.get(key + ".explain", DisplayFormat.INSTANCE.date(r.windowEnd())),
        List.of(), chart, table, null);
  }
}
