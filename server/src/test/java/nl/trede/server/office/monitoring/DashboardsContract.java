package nl.trede.server.office.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.Plan;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.server.kpi.CoachingBudget;
import nl.trede.server.kpi.Exemptions;
import nl.trede.server.kpi.FileMonitor;
import nl.trede.server.kpi.KpiReport;
import nl.trede.server.kpi.KpiResult;
import nl.trede.server.kpi.AgeAndBenefitDuration;
import nl.trede.server.kpi.KpiScope;
import nl.trede.server.kpi.MonthlyFlow;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.sync.RecordType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.MonitoringPages;

/**
 * The monitoring pages: every dashboard, and those the configuration defines (goals, monitor, movement, budgets, instruments).
 * Over real HTTP against a real database, as a browser uses it; run once per database by its
 * subclasses.
 */
abstract class DashboardsContract extends ConsoleContract {
  @Test
  void everyDashboardShowsFiguresAChartAndItsTableForThePeriodAsked() {
    OfficeClient office = loggedIn("office1");
    Page index = office.get("/office/monitoring");
    List<String> dashboards = MonitoringPages.DASHBOARDS;
    LocalDate from = today().minusMonths(6);
    LocalDate to = today().minusDays(1);
    String period = "from=" + from + "&to=" + to;
    java.time.format.DateTimeFormatter dutch = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    for (String id : dashboards) {
      assertThat(index.text()).contains("href=\"/office/monitoring/" + id + "\"");
      Page page = office.get("/office/monitoring/" + id + "?" + period);
      assertThat(page.status()).as(id).isEqualTo(200);
      LocalDate shown = MonitoringPages.BY_YEAR.contains(id) ? today() : to;
      assertThat(page.text()).as(id).contains("data-chart=").contains("class=\"figure").contains("<table class=\"data\"")
          .contains(shown.format(dutch));
      Matcher export = Pattern.compile("href=\"(/office/monitoring/" + id + "/export\\.csv\\?[^\"]+)\"").matcher(page.text());
      assertThat(export.find()).as(id + " exports").isTrue();
      Page csv = office.get(export.group(1).replace("&amp;", "&"));
      assertThat(csv.status()).as(id).isEqualTo(200);
      assertThat(csv.text().lines().findFirst().orElseThrow()).as(id).contains(";");
      assertThat(csv.header("Content-Disposition").orElseThrow()).contains(id);
    }
    assertThat(office.get("/office/monitoring/bestaat-niet").status()).isEqualTo(404);
  }

  private static KpiScope overbetuwe() {
    return KpiScope.municipality("overbetuwe");
  }

  @Test
  void theGoalsAreOverbetuwesOwnKpisEachAgainstItsTargetOverItsOwnPeriod() throws IOException {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/doelen");
    List<String[]> csv = panelCsv(office, page, "doelen");
    KpiReport expected = kpis.current(overbetuwe(), today());

    assertThat(page.text()).contains("Taalgroep neemt deel aan een traject")
        .contains("Groeigroep maakt een stap op de participatieladder").contains("Binnen 12 maanden inzetbaar heeft betaald werk")
        .contains("Elk doel over zijn eigen periode").doesNotContain("Zorg stroomt door");
    assertThat(csv.get(0)).startsWith("Doel", "Wat telt mee", "Doelgroep", "Gelukt", "Percentage (%)",
        "Streefwaarde (%)", "Oordeel", "Van", "Tot en met", "Loopt over", "Besproken per");
    assertThat(csv).hasSize(1 + expected.kpis().size());
    String yearStart = today().withDayOfYear(1).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    for (int i = 0; i < expected.kpis().size(); i++) {
      KpiResult k = expected.kpis().get(i);
      String[] row = csv.get(i + 1);
      assertThat(row[0]).isEqualTo(k.title());
      // Next to each figure, what it counted in plain Dutch, with the same numbers.
      assertThat(row[1]).as(k.key()).startsWith(k.successes() + " van de " + k.populationSize() + " ")
          .contains("terwijl hun dossier open was");
      assertThat(page.text()).contains(row[1]);
      assertThat(Integer.parseInt(row[2])).as(k.key()).isEqualTo(k.populationSize());
      assertThat(Integer.parseInt(row[3])).as(k.key()).isEqualTo(k.successes());
      assertThat(row[6]).isEqualTo(k.met() == null ? "geen kandidaten in de doelgroep" : k.met() ? "gehaald" : "niet gehaald");
      // 000 §7: every target over the plan year so far, reviewed monthly.
      assertThat(row[7]).isEqualTo(yearStart);
      assertThat(row[9]).isEqualTo("jaar");
      assertThat(row[10]).isEqualTo("maand");
    }
    KpiResult meedoen = expected.kpis().get(3);
    assertThat(csv.get(4)[1]).startsWith(meedoen.successes() + " van de " + meedoen.populationSize()
        + " inwoners in het meedoen-spoor zijn in ").endsWith(" gesproken terwijl hun dossier open was");
    Page xlsx = office.get("/office/monitoring/doelen/export.xlsx?panel=doelen&preset=eigen-periode");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(1 + expected.kpis().size());
      assertThat(rows.get(1).getCellText(0)).isEqualTo(expected.kpis().get(0).title());
      assertThat(rows.get(1).getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(expected.kpis().get(0).populationSize());
    }
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("office.export");
      assertThat(e.recordType()).isEqualTo("doelen-doelen");
      assertThat(e.detail()).contains("preset=eigen-periode");
    });
  }

  @Test
  void oneChosenPeriodCountsForEveryGoalAndTheDrillDownListsWhoCounts() {
    OfficeClient office = loggedIn("office1");
    LocalDate from = today().minusMonths(3).withDayOfMonth(1);
    LocalDate to = today().minusDays(1);

    Page page = office.get("/office/monitoring/doelen?from=" + from + "&to=" + to + "&doel=groei-stap");
    KpiResult groei = kpis.compute(overbetuwe(), from, to).kpis().stream().filter(k -> k.key().equals("groei-stap"))
        .findFirst().orElseThrow();
    List<String[]> who = panelCsv(office, page, "kandidaten");

    assertThat(page.text()).contains("Wie telt mee: Groeigroep maakt een stap op de participatieladder");
    assertThat(who.get(0)).containsExactly("Kandidaat", "Gelukt");
    assertThat(who).hasSize(1 + groei.populationSize());
    assertThat(who.stream().skip(1).filter(r -> r[1].equals("ja")).count()).isEqualTo(groei.successes());
    Matcher link = Pattern.compile("href=\"/office/kandidaten/([0-9a-f-]{36})\"").matcher(
        page.text().substring(page.text().indexOf("id=\"panel-kandidaten\"")));
    Set<String> linked = new HashSet<>();
    while (link.find()) {
      linked.add(link.group(1));
    }
    assertThat(linked).containsExactlyInAnyOrderElementsOf(groei.populationIds().stream().map(UUID::toString).toList());
    // A KPI the configuration does not have falls back to the first.
    assertThat(office.get("/office/monitoring/doelen?doel=bestaat-niet").text())
        .contains("Wie telt mee: Taalgroep neemt deel aan een traject");
  }

  @Test
  void aCaseManagersGoalsAndMonitorCoverTheirOwnCaseload() {
    String family = "Taalgroep" + suffix();
    Candidate outside = new Candidate(Ids.newId(), "Olga", family, LocalDate.of(1990, 5, 5), null, null, null,
        List.of(user("coach2")), today().minusMonths(24), Set.of(nl.trede.domain.candidate.CandidateFlag.LANGUAGE_BELOW_LEVEL),
        Map.of("spoor", "groei"), null, List.of(), List.of(), new Plan("Doel", "Steun", 12, 14, "Onderbouwing"), null,
        null, null, null, null);
    assertApplied(api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, outside)));
    OfficeClient caseManager = loggedIn("casemanager1");
    OfficeClient office = loggedIn("office1");
    String query = "?from=" + today().withDayOfMonth(1) + "&to=" + today() + "&doel=taal-traject";

    String theirs = caseManager.get("/office/monitoring/doelen" + query).text();
    String all = office.get("/office/monitoring/doelen" + query).text();
    List<String[]> theirFiles = panelCsv(caseManager, caseManager.get("/office/monitoring/maandrapportage"), "bestand");
    List<String[]> allFiles = panelCsv(office, office.get("/office/monitoring/maandrapportage"), "bestand");

    assertThat(theirs).contains("Alleen de kandidaten in uw eigen caseload.").doesNotContain(family);
    assertThat(all).contains("Olga " + family);
    LocalDate lastMonthEnd = today().withDayOfMonth(1).minusDays(1);
    FileMonitor.Result caseload = kpis.monitor(KpiScope.caseload("overbetuwe", user("casemanager1").toString()),
        lastMonthEnd.withDayOfMonth(1), lastMonthEnd, kpis.configuration("overbetuwe").orElseThrow().dimensions().get(0));
    FileMonitor.Result municipality = kpis.monitor(overbetuwe(), lastMonthEnd.withDayOfMonth(1), lastMonthEnd,
        kpis.configuration("overbetuwe").orElseThrow().dimensions().get(0));
    assertThat(theirFiles.get(theirFiles.size() - 1)).startsWith("Totaal", String.valueOf(caseload.open()));
    assertThat(allFiles.get(allFiles.size() - 1)).startsWith("Totaal", String.valueOf(municipality.open()));
    assertThat(municipality.open()).isGreaterThan(caseload.open());
  }

  @Test
  void theMonitorSplitsTheFileByTheDimensionChosenWithTheConfigurationsLabels() {
    OfficeClient office = loggedIn("office1");
    LocalDate lastMonthEnd = today().withDayOfMonth(1).minusDays(1);
    var config = kpis.configuration("overbetuwe").orElseThrow();

    Page bySpoor = office.get("/office/monitoring/maandrapportage");
    Page byProfile = office.get("/office/monitoring/maandrapportage?preset=last-month&indeling=profiel");
    Page unknown = office.get("/office/monitoring/maandrapportage?indeling=bestaat-niet");
    List<String[]> spoor = panelCsv(office, bySpoor, "bestand");
    List<String[]> profile = panelCsv(office, byProfile, "bestand");
    FileMonitor.Result expected = kpis.monitor(overbetuwe(), lastMonthEnd.withDayOfMonth(1), lastMonthEnd,
        config.dimension("profiel").orElseThrow());

    assertThat(spoor.get(0)[0]).isEqualTo("Spoor");
    assertThat(spoor.stream().map(r -> r[0]).toList()).containsSequence("Focus op werk", "Focus op groei",
        "Focus op meedoen", "Nog niet ingedeeld");
    assertThat(profile.get(0)[0]).isEqualTo("Klantprofiel");
    assertThat(profile.get(1)[0]).isEqualTo("Profiel 1: binnen 3 tot 6 maanden naar werk");
    for (int i = 0; i < expected.split().size(); i++) {
      assertThat(Integer.parseInt(profile.get(i + 1)[1])).isEqualTo(expected.split().get(i).files());
    }
    assertThat(byProfile.text()).contains("Kandidaten in een traject").contains("Instroom").contains("Uitstroom")
        .contains("Doelgroep banenafspraak (doelgroepregister)").contains("Statushouders")
        .contains("<option value=\"profiel\" selected=\"selected\">");
    assertThat(unknown.text()).contains("<option value=\"spoor\" selected=\"selected\">");
    List<String[]> groups = panelCsv(office, byProfile, "doelgroepen");
    assertThat(groups.get(1)).startsWith("Doelgroep banenafspraak (doelgroepregister)",
        String.valueOf(expected.groups().targetGroupRegister()));
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.recordType()).isEqualTo("maandrapportage-bestand");
      assertThat(e.detail()).contains("indeling=profiel");
    });
  }

  @Test
  void inflowAndOutflowAreShownMonthByMonthByReasonAndAsARateOfTheFileForTheYearChosen() throws IOException {
    OfficeClient office = loggedIn("office1");
    int year = today().getYear();

    Page page = office.get("/office/monitoring/in-en-uitstroom");
    MonthlyFlow.Result expected = kpis.monthlyFlow(overbetuwe(), year, today());
    List<String[]> months = panelCsv(office, page, "per-maand");
    List<String[]> inflow = panelCsv(office, page, "instroom");

    assertThat(page.text()).contains("In- en uitstroom per maand in " + year).contains("Divosa")
        .contains("<option value=\"" + year + "\" selected=\"selected\">").doesNotContain("name=\"preset\"")
        .doesNotContain("NEW_APPLICATION");
    assertThat(months.get(0)).containsExactly("Maand", "Open aan begin", "Instroom", "Instroom (%)", "Uitstroom",
        "Uitstroom (%)", "Open aan eind");
    // This year's months up to today, then the year's row.
    assertThat(months).hasSize(1 + today().getMonthValue() + 1);
    for (int i = 0; i < expected.months().size(); i++) {
      MonthlyFlow.Month m = expected.months().get(i);
      String[] row = months.get(i + 1);
      assertThat(List.of(row[1], row[2], row[4], row[6])).as(m.month().toString()).containsExactly(
          String.valueOf(m.openAtStart()), String.valueOf(m.inflowTotal()), String.valueOf(m.outflowTotal()),
          String.valueOf(m.openAtEnd()));
    }
    assertThat(months.get(months.size() - 1)).startsWith("Totaal", String.valueOf(expected.openAtStart()),
        String.valueOf(expected.inflowTotal()));
    assertThat(inflow.get(0)).startsWith("Maand", "Nieuwe aanvraag", "Na WW").endsWith("Anders", "Totaal");
    assertThat(inflow.get(inflow.size() - 1)).endsWith(String.valueOf(expected.inflowTotal()));
    // A past year is all twelve months; its Excel export holds the same table.
    Page xlsx = office.get("/office/monitoring/in-en-uitstroom/export.xlsx?panel=uitstroom&jaar=" + (year - 1));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(1 + 12 + 1);
      assertThat(rows.get(0).getCellText(1)).isEqualTo("Werk");
      assertThat(rows.get(13).getCellAsNumber(9).orElseThrow().intValue())
          .isEqualTo(kpis.monthlyFlow(overbetuwe(), year - 1, today()).outflowTotal());
    }
  }

  @Test
  void aYearThatCannotBeChosenIsSaidPlainlyAndThisYearIsShown() {
    OfficeClient office = loggedIn("office1");
    int year = today().getYear();

    for (String asked : List.of("abc", "1850", String.valueOf(year + 1), "2026-01")) {
      Page page = office.get("/office/monitoring/in-en-uitstroom?jaar=" + asked);
      assertThat(page.status()).as(asked).isEqualTo(200);
      assertThat(page.text()).as(asked).contains("Jaar &quot;" + asked + "&quot; kan hier niet worden gekozen; getoond wordt "
          + year + ".").contains("In- en uitstroom per maand in " + year);
    }
    assertThat(office.get("/office/monitoring/in-en-uitstroom/export.csv?panel=per-maand&jaar=abc").status())
        .isEqualTo(200);
    assertThat(office.get("/office/monitoring/in-en-uitstroom?jaar=" + (year - 1)).text())
        .doesNotContain("kan hier niet worden gekozen").contains("In- en uitstroom per maand in " + (year - 1));
  }

  @Test
  void theFiftyPlussersThreeYearsOrLongerOnBenefitAreAHeadlineAboveTheCrossTableOfAgeAndDuration() {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/leeftijd-en-uitkeringsduur");
    AgeAndBenefitDuration.Result expected = kpis.ageAndBenefitDuration(overbetuwe(), today());
    List<String[]> table = panelCsv(office, page, "leeftijd-en-duur");

    // 004 §3c asks it of the 50-plussers on benefit; the demo has some (else the figure is "–").
    assertThat(expected.fiftyPlusOnBenefit()).isPositive();
    assertThat(page.text()).contains("Van de 50-plussers 3 jaar of langer in de uitkering")
        .contains(DisplayFormat.INSTANCE.percent(expected.fiftyPlusLongShare()))
        .contains(expected.fiftyPlusThreeYearsOrLonger() + " van de " + expected.fiftyPlusOnBenefit() + " 50-plussers");
    assertThat(table.get(0)).containsExactly("Leeftijd", "< 1 jaar", "1–3 jaar", "≥ 3 jaar", "Zonder uitkering",
        "Met uitkering", "< 1 jaar (%)", "1–3 jaar (%)", "≥ 3 jaar (%)", "Aandeel (%)");
    assertThat(table.stream().map(r -> r[0]).toList()).containsExactly("Leeftijd", "Jonger dan 27", "27 tot 50",
        "50 en ouder", "Totaal");
    int[] fifty = expected.cells()[2];
    assertThat(List.of(table.get(3)).subList(1, 6)).containsExactly(String.valueOf(fifty[0]), String.valueOf(fifty[1]),
        String.valueOf(fifty[2]), String.valueOf(fifty[3]), String.valueOf(expected.fiftyPlusOnBenefit()));
    assertThat(table.get(4)[5]).isEqualTo(String.valueOf(expected.withBenefit()));
  }

  @Test
  void effortIsSplitIntoParticipatieOnRungsOneToThreeAndReintegratieOnFourToSix() {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/inzet-per-tredegroep?preset=last-12-months");
    var expected = kpis.effortByRungGroup(overbetuwe(), today().minusYears(1).plusDays(1), today());
    List<String[]> table = panelCsv(office, page, "per-tredegroep");

    assertThat(table.stream().map(r -> r[0]).toList()).containsExactly("Tredegroep", "Participatie (trede 1–3)",
        "Re-integratie (trede 4–6)", "Nog geen trede", "Totaal");
    assertThat(table.get(0)).startsWith("Tredegroep", "Open op " + today().format(
        java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), "Contacten", "Kandidaten gesproken");
    var participation = expected.perGroup().get(nl.trede.server.kpi.EffortByRungGroup.RungGroup.PARTICIPATION);
    assertThat(List.of(table.get(1)).subList(1, 6)).containsExactly(String.valueOf(participation.openOnEnd()),
        String.valueOf(participation.contacts()), String.valueOf(participation.candidatesSpokenTo()),
        String.valueOf(participation.grants()), String.valueOf(participation.candidatesGranted()));
    assertThat(table.get(4)[2]).isEqualTo(String.valueOf(expected.total().contacts()));
    assertThat(expected.total().contacts()).isPositive();
    assertThat(page.text()).contains("Contacten Participatie (trede 1–3)").doesNotContain("REINTEGRATION");
  }

  @Test
  void movementWithinTheFileIsAMatrixOfTheChosenDimensionBetweenTwoDates() {
    OfficeClient office = loggedIn("office1");
    LocalDate a = today().minusMonths(12);
    LocalDate b = today();

    Page page = office.get("/office/monitoring/doorstroom?from=" + a + "&to=" + b);
    List<String[]> matrix = panelCsv(office, page, "matrix");
    var result = kpis.classificationTransitions(overbetuwe(),
        kpis.configuration("overbetuwe").orElseThrow().dimension("spoor").orElseThrow(), a, b);

    assertThat(page.text()).contains("Overgangsmatrix Spoor").contains("Wie stroomde door");
    assertThat(matrix.get(0)).containsExactly("Spoor op datum A", "Naar Focus op werk", "Naar Focus op groei",
        "Naar Focus op meedoen", "Naar Nog niet ingedeeld", "Naar Te herzien", "Naar Uitgestroomd", "Totaal");
    assertThat(matrix.get(1)).startsWith("Focus op werk", String.valueOf(result.cell("werk", "werk")));
    assertThat(matrix.get(matrix.size() - 1)).startsWith("Totaal").endsWith(String.valueOf(result.population()));
    // The demo moves candidates who stepped up: meedoen to groei, groei to werk.
    assertThat(result.moved()).isPositive();
    assertThat(panelCsv(office, page, "doorgestroomd")).hasSize(1 + result.moved());
    assertThat(office.get("/office/monitoring/doorstroom?indeling=profiel").text()).contains("Overgangsmatrix Klantprofiel");
  }

  @Test
  void coachingHoursAreComparedWithTheBudgetTheGrantedHoursAndThePlannedEnd() {
    OfficeClient office = loggedIn("office1");
    LocalDate from = today().withDayOfYear(1);

    Page page = office.get("/office/monitoring/jobcoach-uren?preset=this-year");
    CoachingBudget.Result expected = kpis.coachingBudget(overbetuwe(), from, today());
    List<String[]> months = panelCsv(office, page, "per-maand");
    List<String[]> placements = panelCsv(office, page, "per-plaatsing");
    List<String[]> overruns = panelCsv(office, page, "over-einddatum");

    // Overbetuwe's participatiebudget allows 320 jobcoach hours a month (001 §5.2.2).
    assertThat(months.get(0)).containsExactly("Maand", "Uren", "Boekingen", "Budget (uren)", "Verbruikt (%)");
    assertThat(months.get(1)[3]).isEqualTo("320");
    assertThat(page.text()).contains("Participatiebudget (re-integratie en tijdelijke jobcoaching): 320 uur per maand");
    assertThat(placements).hasSize(1 + expected.coached().size());
    assertThat(placements.get(0)).contains("Toegekend (uren)", "Gebruikt (uren)");
    // The demo's jobcoaching for every fourth placed candidate was planned to end two weeks ago.
    assertThat(expected.overruns()).hasSize(3);
    assertThat(overruns).hasSize(1 + 3);
    assertThat(overruns.stream().skip(1).map(r -> r[0]).toList())
        .containsExactlyInAnyOrderElementsOf(expected.overruns().stream().map(CoachingBudget.Coached::candidate).toList());
    assertThat(overruns.stream().skip(1).map(r -> r[4])).containsOnly("14");
    assertThat(overruns.get(1)[2]).isEqualTo("Dirk Visser");
  }

  @Test
  void instrumentsAreCountedPerCatalogueEntryAndBudgetLineOfTheConfiguration() {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/instrumenten-en-budget?preset=this-year");
    var expected = kpis.instrumentSpending(overbetuwe(), today().withDayOfYear(1), today(),
        kpis.configuration("overbetuwe").orElseThrow().dimensions().get(0));
    List<String[]> lines = panelCsv(office, page, "budgetregels");
    List<String[]> instruments = panelCsv(office, page, "instrumenten");

    assertThat(lines.stream().skip(1).map(r -> r[0]).toList()).startsWith(
        "BUIG (uitkeringen, loonkostensubsidie en structurele jobcoaching)",
        "Participatiebudget (re-integratie en tijdelijke jobcoaching)", "Projectbudget participatie 2019");
    // 001 §3.3: the municipal jobcoach is temporary jobcoaching, on the participatiebudget.
    assertThat(instruments.stream().skip(1).map(r -> r[0]).toList()).contains("Loonkostensubsidie",
        "Jobcoach Overbetuwe (tijdelijk)");
    assertThat(instruments).hasSize(1 + expected.perInstrument().size());
    assertThat(expected.grants()).isPositive();
    assertThat(page.text()).contains("Per klantmanager").contains("Fatima El Amrani");
  }

  @Test
  void theInstrumentsPageListsPerProfileTheRoutesItsInstrumentsAreMeantFor() {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/instrumenten-en-budget?preset=this-year");
    // Parsed as CSV with quotes: an instrument's name may hold the separator.
    List<String[]> routes = panelCsv(office, page, "routes").stream()
        .map(r -> quotedCells(String.join(";", r))).toList();

    // 001 §2.1.3: "een overzicht ... van zorg- en ondersteuningsroutes die gekoppeld worden aan profielen".
    assertThat(page.text()).contains("Routes per profiel").contains("de inzet blijft maatwerk");
    assertThat(routes.get(0)).containsExactly("Indeling", "Profiel of waarde", "Instrumenten", "Aantal");
    List<String[]> profiles = routes.stream().filter(r -> r[0].equals("Klantprofiel")).toList();
    assertThat(profiles).extracting(r -> r[1]).containsExactly("Profiel 1: binnen 3 tot 6 maanden naar werk",
        "Profiel 2: binnen 12 maanden naar werk", "Profiel 3: lange afstand, één gezin één plan");
    // "Aan het werk" (een klein zetje) and "Actieplan naar werk" (binnen één jaar) are the groepstraining.
    assertThat(profiles.get(0)[2]).contains("Groepstraining").contains("Proefplaatsing").doesNotContain("Werkervaringsplaats");
    assertThat(profiles.get(1)[2]).contains("Groepstraining").contains("Werkervaringsplaats");
    assertThat(profiles.get(2)[2]).contains("Groepsgerichte aanpak meedoen").doesNotContain("Groepstraining");
    assertThat(profiles.get(1)[3]).isEqualTo(String.valueOf(profiles.get(1)[2].split(" · ").length));
    // The loonwaarde categories are routes too (001 §2.1.2); one without instruments is a row, not hidden.
    assertThat(routes).anySatisfy(r -> assertThat(r).containsExactly("Loonwaardecategorie",
        "Bemiddelbaar, 40-80 % loonwaarde (doelgroep loonkostensubsidie)",
        "Loonkostensubsidie · Structurele jobcoaching (doelgroep loonkostensubsidie)", "2"));
    assertThat(routes).anySatisfy(r -> assertThat(r[0] + r[3]).isEqualTo("Loonwaardecategorie0"));
    String[] unrouted = routes.get(routes.size() - 1);
    assertThat(unrouted[0]).isEqualTo("Niet aan een route gekoppeld");
    assertThat(unrouted[2]).contains("Jobcoach Overbetuwe (tijdelijk)").doesNotContain("Groepstraining");
  }

  /** One CSV line's cells: ";"-separated, a cell in double quotes may hold ";" and doubled quotes. */
  private static String[] quotedCells(String line) {
    List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ';' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(String[]::new);
  }

  @Test
  void theEffectOfInstrumentsShowsOutcomesAndBothSidesExperienceAndSaysWhenTooFewRatingsMakeNoAverage() {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/effect-van-instrumenten?preset=last-12-months");
    List<String[]> instruments = panelCsv(office, page, "per-instrument");

    assertThat(instruments.get(0)).containsExactly("Instrument", "Beëindigd", "Geëvalueerd", "Geëvalueerd (%)",
        "Doel bereikt", "Deels bereikt", "Niet bereikt", "Voortijdig gestopt", "Beoordeeld door beiden",
        "Ervaring kandidaat (gem.)", "Ervaring professional (gem.)");
    // The demo's twelve group trainings that ended eight to ten months ago (DemoContent.evaluatedPlacement):
    // two not evaluated, two stopped early without ratings; eight rated, client 28/8, professional 30/8.
    // Overbetuwe's name of the training holds a ";": read the figures from the row's end.
    String[] training = instruments.stream().filter(r -> r[0].contains("Groepstraining")).findFirst().orElseThrow();
    List<String> figures = List.of(training).subList(training.length - 10, training.length);
    assertThat(figures.subList(0, 2)).containsExactly("12", "10");
    assertThat(figures.subList(3, 10)).containsExactly("3", "3", "2", "2", "8", "3,5", "3,8");
    // Placements without an instrument are a row of their own, and say plainly that no average is shown.
    String[] without = instruments.stream().filter(r -> r[0].equals("Zonder instrument")).findFirst().orElseThrow();
    assertThat(without[9]).isEqualTo("te weinig (" + without[8] + " beoordeeld)");
    assertThat(page.text()).contains("Effect van instrumenten").contains("Per budgetregel").contains("Per klantmanager")
        .contains("Participatiebudget").contains("pas bij 5 of meer").doesNotContain("GOAL_REACHED")
        .doesNotContain("PARTLY_REACHED");
  }

  @Test
  void exemptionsUnderReviewShowTheirFiguresAndTheFilesNeedingAttentionWithDutchLabels() throws IOException {
    String family = "Ontheffing" + suffix();
    Session office1 = api.login("office1");
    Session fatima = api.login("casemanager1");
    // 003 §2C: an ontheffing that ended three weeks ago with nothing after it is due for review; one
    // ending in three weeks with a tegenprestatie beside it runs out within the eight weeks.
    Candidate expired = withExemption(candidate("Eline", family, fatima.user(), List.of()),
        new Exemption(ExemptionKind.WORK_AND_REINTEGRATION_DUTY, "Medische beperking", today().minusYears(1),
            today().minusDays(21)));
    Candidate ending = withExemption(candidate("Jan", "van " + family, fatima.user(), List.of()),
        new Exemption(ExemptionKind.WORK_AND_REINTEGRATION_DUTY, "Mantelzorg", today().minusMonths(6),
            today().plusDays(21)));
    assertApplied(api.push(office1, ApiClient.create(RecordType.CANDIDATE, expired),
        ApiClient.create(RecordType.CANDIDATE, ending)));
    ObligationMeasure tegenprestatie = new ObligationMeasure(Ids.newId(), ending.id(), ObligationKind.COMMUNITY_SERVICE,
        fatima.user(), today(), "Zinvol naast de mantelzorg", null, null, "Koffie schenken in het buurthuis",
        new java.math.BigDecimal("4"), null, today().minusMonths(1), null, null);
    assertApplied(api.push(fatima, ApiClient.create(RecordType.OBLIGATION_MEASURE, tegenprestatie)));
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/ontheffingen");
    Exemptions.Result expected = kpis.exemptions(overbetuwe(), today());
    List<String[]> attention = panelCsv(office, page, "aandacht");
    List<String[]> perCaseManager = panelCsv(office, page, "per-klantmanager");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Ontheffingen").contains("Loopt binnenkort af").contains("Verlopen, te herzien")
        .contains("Ontheffing zonder tegenprestatie").contains("Aandacht nodig").contains("Fatima El Amrani")
        .contains("href=\"/office/kandidaten/" + expired.id() + "\"")
        .contains("href=\"/office/kandidaten/" + ending.id() + "\"")
        .doesNotContain("WORK_AND_REINTEGRATION_DUTY").doesNotContain("EXPIRED_TO_REVIEW");
    assertThat(expected.toReview()).isGreaterThanOrEqualTo(1);
    assertThat(expected.endingSoon()).isGreaterThanOrEqualTo(1);
    assertThat(attention.get(0)).containsExactly("Kandidaat", "Klantmanager", "Soort", "Reden", "Vanaf", "Tot en met",
        "Status", "Tegenprestatie");
    assertThat(attention).hasSize(1 + expected.attentionLines().size());
    java.time.format.DateTimeFormatter dutch = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
    // The console's Dutch name order: the family name first, its prefix after it.
    assertThat(attention).anySatisfy(r -> assertThat(r).containsExactly(family + ", Eline", "Fatima El Amrani",
        "Ontheffing arbeidsplicht", "Medische beperking", today().minusYears(1).format(dutch),
        today().minusDays(21).format(dutch), "Verlopen, te herzien", ""));
    assertThat(attention).anySatisfy(r -> assertThat(r).containsExactly(family + ", van, Jan", "Fatima El Amrani",
        "Ontheffing arbeidsplicht", "Mantelzorg", today().minusMonths(6).format(dutch),
        today().plusDays(21).format(dutch), "Verloopt binnenkort", "ja"));
    assertThat(perCaseManager.get(0)).containsExactly("Klantmanager", "Dossiers open", "Met vrijstelling of ontheffing",
        "Aandeel (%)", "Aandacht nodig", "Loopt binnenkort af", "Te herzien", "Zonder tegenprestatie");
    assertThat(perCaseManager.get(perCaseManager.size() - 1)).startsWith("Totaal", String.valueOf(expected.openFiles()),
        String.valueOf(expected.withExemption()));
    assertThat(perCaseManager.get(perCaseManager.size() - 1)).endsWith(String.valueOf(expected.needingAttention()),
        String.valueOf(expected.endingSoon()), String.valueOf(expected.toReview()),
        String.valueOf(expected.withoutTegenprestatie()));
    Page xlsx = office.get("/office/monitoring/ontheffingen/export.xlsx?panel=aandacht&preset=this-month");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(1 + expected.attentionLines().size());
      assertThat(rows.get(0).getCellText(6)).isEqualTo("Status");
    }
  }

  @Test
  void aFieldRoleIsRefusedTheExemptionsAsEveryOtherDashboard() {
    Session coach = api.login("coach1");

    for (String dashboard : List.of("ontheffingen", "achterstallige-contacten")) {
      Page refused = browser().get("/office/monitoring/" + dashboard, "Authorization", "Bearer " + coach.token());
      assertThat(refused.status()).as(dashboard).isEqualTo(403);
      assertThat(refused.text()).as(dashboard).doesNotContain("Verlopen, te herzien");
    }
    assertThat(browser().login("coach1").status()).isEqualTo(403);
  }

  private static Candidate withExemption(Candidate c, Exemption exemption) {
    return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), c.phone(), c.address(),
        c.caseManagerId(), c.coachIds(), c.benefitStartDate(), c.flags(), c.classification(), c.wageValuePercent(),
        List.of(exemption), c.participation(), c.plan(), c.inflow(), c.exit(), c.certificates(), c.languageLevel(),
        c.availableHoursPerWeek());
  }

  @Test
  void aPeriodTypedTheWrongWayRoundIsTurnedAroundAndSaidSo() {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/jobcoach-uren?from=" + today() + "&to=" + today().minusMonths(2));

    assertThat(page.text()).contains("omgedraaid")
        .contains("value=\"" + today().minusMonths(2) + "\"").contains("value=\"" + today() + "\"");
  }
}
