package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.trede.server.kpi.EffortByRungGroup;
import nl.trede.server.kpi.EffortByRungGroup.Effort;
import nl.trede.server.kpi.EffortByRungGroup.RungGroup;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Inzet per tredegroep: the period's contacts, grants and spending on participatie (rungs 1–3)
 * against re-integratie (rungs 4–6), by where the candidate stood that day (002 §6.2: "Daarnaast
 * informeren we over onze inzet op participatie dan wel re-integratie voor deze doelgroep", footnotes
 * 17–18).
 */
@Singleton
class EffortByRungGroupDashboard extends DescribedDashboard {
  private final KpiService kpis;
  private final OfficeText t;

  EffortByRungGroupDashboard(KpiService kpis, OfficeText t) {
    super(About.of("inzet-per-tredegroep", "effort", 21, Period.Preset.LAST_12_MONTHS));
    this.kpis = kpis;
    this.t = t;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    Period period = selection.period();
    EffortByRungGroup.Result r = kpis.effortByRungGroup(Dashboards.scope(user), period.from(), period.to());
    List<String> labels = new ArrayList<>();
    List<Integer> contacts = new ArrayList<>();
    List<Integer> grants = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (RungGroup g : RungGroup.values()) {
      Effort e = r.perGroup().get(g);
      labels.add(t.label("effort.group", g));
      contacts.add(e.contacts());
      grants.add(e.grants());
      rows.add(row(t.label("effort.group", g), e, ""));
    }
    rows.add(row(t.get("table.total"), r.total(), "total"));
    Table table = new Table(List.of(Column.text(t.get("effort.col.group")),
        Column.integer(t.get("effort.col.open", DisplayFormat.INSTANCE.date(r.to()))),
        Column.integer(t.get("effort.col.contacts")), Column.integer(t.get("effort.col.spoken-to")),
        Column.integer(t.get("effort.col.grants")), Column.integer(t.get("effort.col.granted")),
        Column.decimal(t.get("instruments.col.amount"))), rows);
    Chart chart = Chart.bars(labels, t.get("effort.chart.count"),
        new Chart.Series(t.get("effort.col.contacts"), contacts, Colours.COUNT),
        new Chart.Series(t.get("effort.col.grants"), grants, Colours.HOURS));
    List<Figure> figures = new ArrayList<>();
    for (RungGroup g : List.of(RungGroup.PARTICIPATION, RungGroup.REINTEGRATION)) {
      Effort e = r.perGroup().get(g);
      String group = t.label("effort.group", g);
      figures.add(Figure.of(t.get("effort.fig.contacts", group), DisplayFormat.INSTANCE.number(e.contacts()))
          .hint(t.get("effort.fig.spoken-to", e.candidatesSpokenTo())));
      figures.add(Figure.of(t.get("effort.fig.amount", group), Dashboards.euro(e.amount()))
          .hint(t.get("effort.fig.grants", e.grants())));
    }
    return List.of(new Panel("per-tredegroep", t.get("effort.panel"), t.get("effort.panel.explain"), figures, chart,
        table, t.get("effort.note")));
  }

  private static Table.Row row(String label, Effort e, String tone) {
    return Table.Row.of(label, e.openOnEnd(), e.contacts(), e.candidatesSpokenTo(), e.grants(), e.candidatesGranted(),
        e.amount()).tone(tone);
  }
}
