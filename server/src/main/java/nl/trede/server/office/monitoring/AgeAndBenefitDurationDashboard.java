package nl.trede.server.office.monitoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.server.kpi.AgeAndBenefitDuration;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.Table;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * Leeftijd en uitkeringsduur: the open files by age against years on benefit, with Wijchen's question
 * answered on top (004 §3c: "In 2016 is, evenals in 2010, 60% van de 50-plussers drie jaar of langer
 * aangewezen op een bijstandsuitkering"), and the same files by kind of benefit (002 §2.3: "Inwoners met
 * een bijstandsuitkering, IOAW en IOAZ naar leeftijd"). A picture on one reference date.
 */
@Singleton
class AgeAndBenefitDurationDashboard extends DescribedDashboard {
  private static final String[] AGES = {"agebenefit.age.young", "agebenefit.age.middle", "agebenefit.age.fifty"};
  private static final String[] DURATIONS = {"agebenefit.duration.short", "agebenefit.duration.middle",
      "agebenefit.duration.long"};

  private final KpiService kpis;
  private final OfficeText t;

  AgeAndBenefitDurationDashboard(KpiService kpis, OfficeText t) {
    super(About.of("leeftijd-en-uitkeringsduur", "agebenefit", 31, Period.Preset.THIS_MONTH).onReferenceDate());
    this.kpis = kpis;
    this.t = t;
  }

  @Override
  public List<Panel> panels(OfficeUser user, Selection selection) {
    AgeAndBenefitDuration.Result r = kpis.ageAndBenefitDuration(Dashboards.scope(user), selection.period().to());
    return List.of(crossTable(r), byKind(r));
  }

  /**
   * The files on benefit by age and kind of benefit, with the IOAW and IOAZ apart on top: the group
   * 002 §5.3 thema 6 asks a specific approach for ("Aanpak motivatie doelgroep met IOAW/IOAZ").
   */
  private Panel byKind(AgeAndBenefitDuration.Result r) {
    BenefitKind[] kinds = BenefitKind.values();
    List<String> ages = new ArrayList<>();
    for (String age : AGES) {
      ages.add(t.get(age));
    }
    List<Chart.Series> series = new ArrayList<>();
    for (int k = 0; k < kinds.length; k++) {
      List<Integer> data = new ArrayList<>();
      for (int a = 0; a < AGES.length; a++) {
        data.add(r.ofKind(a, kinds[k]));
      }
      series.add(new Chart.Series(t.label("benefit.kind", kinds[k]), data, Colours.SERIES[k]));
    }
    List<Table.Row> rows = new ArrayList<>();
    for (int a = 0; a <= AGES.length; a++) {
      boolean total = a == AGES.length;
      List<Object> cells = new ArrayList<>(List.of(total ? t.get("table.total") : ages.get(a)));
      for (BenefitKind kind : kinds) {
        cells.add(total ? r.ofKind(kind) : r.ofKind(a, kind));
      }
      cells.add(total ? r.withBenefit() : r.withBenefit(a));
      rows.add(new Table.Row(cells, total ? "total" : ""));
    }
    List<Column> columns = new ArrayList<>(List.of(Column.text(t.get("agebenefit.col.age"))));
    for (BenefitKind kind : kinds) {
      columns.add(Column.integer(t.label("benefit.kind", kind)));
    }
    columns.add(Column.integer(t.get("agebenefit.col.with")));
    Chart chart = Chart.bars(ages, t.get("agebenefit.chart.files"), series.toArray(Chart.Series[]::new))
        .asStacked().withCategoryTitle(t.get("agebenefit.col.age"));
    int ioawIoaz = r.ofKind(BenefitKind.IOAW) + r.ofKind(BenefitKind.IOAZ);
    List<Figure> figures = List.of(Figure.of(t.get("agebenefit.fig.ioaw-ioaz"), DisplayFormat.INSTANCE.number(ioawIoaz))
        .hint(t.get("agebenefit.fig.ioaw-ioaz-hint", DisplayFormat.INSTANCE.number(r.withBenefit()))));
    return new Panel("soort-uitkering", t.get("agebenefit.kinds"), t.get("agebenefit.kinds.explain",
        DisplayFormat.INSTANCE.date(r.reference())), figures, chart, new Table(columns, rows), t.get("agebenefit.kinds.note"));
  }

  private String percent(Double share) {
    return share == null ? "–" : DisplayFormat.INSTANCE.percent(share);
  }

  private Table.Row row(String label, int[] counts, int withBenefit, int allWithBenefit, String tone) {
    List<Object> cells = new ArrayList<>(List.of(label));
    for (int count : counts) {
      cells.add(count);
    }
    cells.add(withBenefit);
    for (int d = 0; d < DURATIONS.length; d++) {
      cells.add(Dashboards.percent(counts[d], withBenefit));
    }
    cells.add(Dashboards.percent(withBenefit, allWithBenefit));
    return new Table.Row(cells, tone);
  }

  private Panel crossTable(AgeAndBenefitDuration.Result r) {
    List<Table.Row> rows = new ArrayList<>();
    List<Chart.Series> series = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String age : AGES) {
      labels.add(t.get(age));
    }
    for (int d = 0; d < DURATIONS.length; d++) {
      List<Integer> data = new ArrayList<>();
      for (int a = 0; a < AGES.length; a++) {
        data.add(r.cells()[a][d]);
      }
      series.add(new Chart.Series(t.get(DURATIONS[d]), data, Colours.SERIES[d]));
    }
    for (int a = 0; a < AGES.length; a++) {
      rows.add(row(t.get(AGES[a]), r.cells()[a], r.withBenefit(a), r.withBenefit(), ""));
    }
    int[] totals = new int[AgeAndBenefitDuration.WITHOUT_BENEFIT + 1];
    for (int c = 0; c < totals.length; c++) {
      totals[c] = r.column(c);
    }
    rows.add(row(t.get("table.total"), totals, r.withBenefit(), r.withBenefit(), "total"));
    List<Column> columns = new ArrayList<>(List.of(Column.text(t.get("agebenefit.col.age"))));
    for (String d : DURATIONS) {
      columns.add(Column.integer(t.get(d)));
    }
    columns.add(Column.integer(t.get("agebenefit.col.without")));
    columns.add(Column.integer(t.get("agebenefit.col.with")));
    for (String d : DURATIONS) {
      columns.add(Column.decimal(t.get(d) + " (%)"));
    }
    columns.add(Column.decimal(t.get("agebenefit.col.of-all")));
    Chart chart = Chart.bars(labels, t.get("agebenefit.chart.files"), series.toArray(Chart.Series[]::new))
        .asStacked().withCategoryTitle(t.get("agebenefit.col.age"));
    String reference = DisplayFormat.INSTANCE.date(r.reference());
    List<Figure> figures = List.of(
        Figure.of(t.get("agebenefit.fig.long"), percent(r.fiftyPlusLongShare())).hint(t.get("agebenefit.fig.long-hint",
            r.fiftyPlusThreeYearsOrLonger(), r.fiftyPlusOnBenefit())),
        Figure.of(t.get("agebenefit.fig.fifty"), DisplayFormat.INSTANCE.number(r.fiftyPlusOnBenefit()))
            .hint(t.get("agebenefit.fig.fifty-hint", percent(r.fiftyPlusShareOfOnBenefit()))),
        Figure.of(t.get("agebenefit.fig.with"), DisplayFormat.INSTANCE.number(r.withBenefit()))
            .hint(t.get("agebenefit.fig.with-hint", reference)),
        Figure.of(t.get("agebenefit.col.without"),
            DisplayFormat.INSTANCE.number(r.column(AgeAndBenefitDuration.WITHOUT_BENEFIT)))
            .hint(t.get("agebenefit.fig.without-hint")));
    String note = r.unknownAge() == 0 ? t.get("agebenefit.note")
        : t.get("agebenefit.note") + " " + t.get("agebenefit.note.unknown-age", r.unknownAge());
    return new Panel("leeftijd-en-duur", t.get("agebenefit.panel"), t.get("agebenefit.panel.explain", reference),
        figures, chart, new Table(columns, rows), note);
  }
}
