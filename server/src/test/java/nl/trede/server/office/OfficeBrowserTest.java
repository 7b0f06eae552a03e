package nl.trede.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
import nl.trede.server.kpi.KpiResult;
import nl.trede.server.kpi.KpiScope;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.view.DisplayFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import nl.trede.server.support.MonitoringPages;

/**
 * The console in real headless Chromium against a real server on a random port, with the demo
 * municipalities: what a team lead does, and what a coach is told.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeBrowserTest extends BrowserContract {
  private static final List<String> DASHBOARDS = MonitoringPages.DASHBOARDS;

  @Inject
  KpiService kpis;


  private void loginAs(String username) {
    browser.login(base, username, "trede-demo");
  }

  private void waitFor(By element) {
    browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(element));
  }

  private long shownCount() {
    return Long.parseLong(driver.findElement(By.id("count")).getText().replaceAll("[^0-9]", ""));
  }

  @Test
  void aCoachIsRefusedWithADutchExplanation() {
    loginAs("coach1");

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("participatiecoach")
        .contains("Trede-app");
    assertThat(driver.findElements(By.cssSelector(".topbar nav a"))).isEmpty();
    driver.get(base + "/office/bezoekverslagen");
    assertThat(driver.getCurrentUrl()).contains("/office/login");
  }

  @Test
  void theSessionCookieIsOutOfReachOfScripts() {
    loginAs("office1");
    waitFor(By.id("visit-log"));

    assertThat(driver.manage().getCookieNamed("trede_office")).isNotNull();
    assertThat((String) driver.executeScript("return document.cookie")).doesNotContain("trede_office");
  }

  @Test
  void filteringTheVisitLogSwapsTheResultsInPlaceAndKeepsALink() {
    loginAs("office1");
    waitFor(By.id("visit-log"));
    long all = shownCount();
    // Survives only while the page is not reloaded.
    driver.executeScript("window.stillTheSamePage = true");

    new Select(driver.findElement(By.id("f-kind"))).selectByValue("contact");
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("kind=contact"));
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> shownCount() < all);
    List<String> kinds = driver.findElements(By.cssSelector("#visit-log tbody tr[data-kind]")).stream()
        .map(r -> r.getAttribute("data-kind")).toList();
    driver.findElement(By.id("f-no-show")).click();
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("noShow=1"));
    browser.waitUpTo(Duration.ofSeconds(10)).until(d ->
        d.findElements(By.cssSelector("#visit-log tbody tr[data-kind]")).stream()
            .allMatch(r -> r.getAttribute("class").contains("noshow")));

    assertThat(kinds).hasSize(50).containsOnly("contact");
    List<WebElement> noShows = driver.findElements(By.cssSelector("#visit-log tbody tr[data-kind]"));
    assertThat(noShows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("Niet verschenen"));
    assertThat((Boolean) driver.executeScript("return window.stillTheSamePage === true")).isTrue();
    long noShowCount = shownCount();

    driver.get(driver.getCurrentUrl());
    assertThat(shownCount()).as("the same selection as a plain link").isEqualTo(noShowCount);
    assertThat(driver.findElement(By.id("f-no-show")).isSelected()).isTrue();
  }

  @Test
  void aCandidateTimelineOpensFromTheVisitLog() {
    loginAs("office1");
    waitFor(By.id("visit-log"));
    WebElement link = driver.findElement(By.cssSelector("#visit-log tbody td a"));
    String name = link.getText();

    link.click();
    waitFor(By.id("timeline"));

    assertThat(driver.findElement(By.id("candidate-name")).getText()).isEqualTo(name);
    // The field's entries; the file's own changes are on the timeline too (li.change).
    List<WebElement> entries = driver.findElements(By.cssSelector("#timeline li[data-kind]:not(.change)"));
    assertThat(entries).isNotEmpty();
    assertThat(entries.get(0).getText()).contains("Vastgelegd door").contains("ontvangen");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Participatieladder").contains("Plan van aanpak");
  }

  @Test
  void everyDashboardDrawsItsCharts() {
    loginAs("office1");
    waitFor(By.id("visit-log"));
    driver.get(base + "/office/monitoring");
    assertThat(driver.findElements(By.cssSelector(".card"))).hasSize(DASHBOARDS.size());

    for (String dashboard : DASHBOARDS) {
      driver.findElement(By.id("card-" + dashboard)).click();
      browser.waitUpTo(Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(driver.executeScript(
          "const all = [...document.querySelectorAll('canvas[data-chart]')];"
              + " return all.length > 0 && typeof Chart !== 'undefined' && all.every(c => Chart.getChart(c));")));
      @SuppressWarnings("unchecked")
      List<Long> painted = (List<Long>) driver.executeScript(
          "return [...document.querySelectorAll('canvas[data-chart]')].map(c => {"
              + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
              + " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; });");
      assertThat(painted).as(dashboard).isNotEmpty().allSatisfy(n -> assertThat(n).as(dashboard).isGreaterThan(2_000L));
      assertThat(driver.findElements(By.cssSelector(".figure .value"))).as(dashboard).isNotEmpty();
      assertThat(driver.findElements(By.cssSelector(".panel table.data tbody tr"))).as(dashboard).isNotEmpty();
      driver.navigate().back();
    }
  }

  @Test
  void theFilteredVisitLogDownloadsAsCsvAndExcelWithTheSameRows() throws IOException {
    loginAs("office1");
    waitFor(By.id("visit-log"));
    driver.get(base + "/office/bezoekverslagen?noShow=1");
    long shown = shownCount();

    driver.findElement(By.id("export-csv")).click();
    Path csv = browser.awaitDownload("csv", Duration.ofSeconds(20));
    driver.findElement(By.id("export-xlsx")).click();
    Path xlsx = browser.awaitDownload("xlsx", Duration.ofSeconds(20));

    byte[] bytes = Files.readAllBytes(csv);
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines.get(0).split(";")).startsWith("Datum", "Tijd", "Soort", "Kandidaat", "Werkgever", "Locatie",
        "Niet verschenen");
    assertThat(lines).hasSize((int) shown + 1);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(";", -1)[6]).isEqualTo("ja"));
    try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize((int) shown + 1);
      assertThat(rows.get(0).getCellText(3)).isEqualTo("Kandidaat");
      assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.getCellText(6)).isEqualTo("ja"));
    }
  }

  @Test
  void everyPageRunsWithoutScriptErrorsUnderItsContentSecurityPolicy() {
    loginAs("admin1");
    waitFor(By.id("visit-log"));
    driver.manage().logs().get(LogType.BROWSER);
    List<String> pages = new java.util.ArrayList<>(List.of("/office/bezoekverslagen", "/office/kandidaten",
        "/office/monitoring", "/office/conflicten", "/office/audit", "/office/audit/inzage?q=de",
        "/office/tweestapsverificatie", "/office/kandidaten/nieuw", "/office/aanmeldingen", "/office/kandidaten?status=gesloten"));
    DASHBOARDS.forEach(d -> pages.add("/office/monitoring/" + d));

    for (String page : pages) {
      driver.get(base + page);
      List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
      assertThat(severe).as(page).isEmpty();
    }
  }

  @Test
  void theAdminFindsWhoHasSeenAFileFromTheFileAndBySearchingTheName() {
    loginAs("admin1");
    waitFor(By.id("visit-log"));
    driver.get(base + "/office/kandidaten");
    driver.findElement(By.cssSelector("#candidates tbody a")).click();
    waitFor(By.id("timeline"));
    String name = driver.findElement(By.id("candidate-name")).getText();

    driver.findElement(By.id("reads-link")).click();
    waitFor(By.id("seen"));
    List<String> fromTheFile = driver.findElements(By.cssSelector("#seen tbody tr")).stream().map(WebElement::getText).toList();
    driver.get(base + "/office/audit");
    driver.findElement(By.id("reads-link")).click();
    waitFor(By.id("reads-search"));
    driver.findElement(By.id("q")).sendKeys(name.substring(name.lastIndexOf(' ') + 1));
    driver.findElement(By.id("find")).click();
    waitFor(By.id("matches"));
    driver.findElement(By.linkText(name)).click();
    waitFor(By.id("seen"));

    assertThat(fromTheFile).anySatisfy(row -> assertThat(row).contains("Hanna de Boer").contains("Beheeromgeving")
        .contains("Dossier bekeken"));
    assertThat(driver.findElement(By.cssSelector("#reads h2")).getText()).contains(name);
    assertThat(driver.findElements(By.cssSelector("#seen tbody tr[data-where]"))).isNotEmpty();
  }

  /** The texts of the cells of a panel's table on screen, row by row (the total row included). */
  @SuppressWarnings("unchecked")
  static List<List<String>> tableOnScreen(ChromeDriver driver, String panel) {
    return (List<List<String>>) driver.executeScript("return [...document.querySelectorAll('#panel-" + panel
        + " table.data tbody tr')].filter(r => !r.querySelector('td.empty'))"
        + ".map(r => [...r.querySelectorAll('td')].map(td => td.textContent.trim()));");
  }

  @Test
  void theKpiTableDownloadsAsCsvAndExcelWithTheRowsOnScreen() throws IOException {
    loginAs("office1");
    waitFor(By.id("visit-log"));
    driver.get(base + "/office/monitoring/doelen");
    waitFor(By.id("panel-doelen"));
    List<List<String>> shown = tableOnScreen(driver, "doelen");

    driver.findElement(By.cssSelector("#panel-doelen .export-csv")).click();
    Path csv = browser.awaitDownload("csv", Duration.ofSeconds(20));
    driver.findElement(By.cssSelector("#panel-doelen .export-xlsx")).click();
    Path xlsx = browser.awaitDownload("xlsx", Duration.ofSeconds(20));

    assertThat(shown).hasSize(kpis.configuration("overbetuwe").orElseThrow().kpis().size());
    List<String> lines = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines.get(0).split(";")).startsWith("Doel", "Wat telt mee", "Doelgroep", "Gelukt", "Percentage (%)",
        "Streefwaarde (%)", "Oordeel");
    assertThat(lines).hasSize(shown.size() + 1);
    try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(shown.size() + 1);
      for (int i = 0; i < shown.size(); i++) {
        String[] cells = lines.get(i + 1).split(";", -1);
        // Title, what was counted, population, successes and verdict: the same on screen, in CSV and in Excel.
        assertThat(cells[0]).isEqualTo(shown.get(i).get(0)).isEqualTo(rows.get(i + 1).getCellText(0));
        assertThat(cells[1]).isEqualTo(shown.get(i).get(1)).isEqualTo(rows.get(i + 1).getCellText(1));
        assertThat(cells[2]).isEqualTo(shown.get(i).get(2));
        assertThat(rows.get(i + 1).getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(Integer.parseInt(cells[2]));
        assertThat(cells[3]).isEqualTo(shown.get(i).get(3));
        assertThat(cells[6]).isEqualTo(shown.get(i).get(6)).isEqualTo(rows.get(i + 1).getCellText(6));
      }
    }
  }

  @Test
  void nextToEachGoalTheConsoleSaysInPlainDutchWhatWasCounted() {
    loginAs("office1");
    waitFor(By.id("visit-log"));
    driver.get(base + "/office/monitoring/doelen?doel=meedoen-jaarlijks-gesproken");
    waitFor(By.id("panel-doelen"));
    KpiResult meedoen = kpis.current(KpiScope.municipality("overbetuwe"), LocalDate.now(DisplayFormat.ZONE)).kpis().stream()
        .filter(k -> k.key().equals("meedoen-jaarlijks-gesproken")).findFirst().orElseThrow();

    // What the reader sees under the figure, e.g. "7 van de 12 inwoners in het meedoen-spoor zijn in
    // 2026 tot en met 07-12-2026 gesproken terwijl hun dossier open was".
    List<String> hints = driver.findElements(By.cssSelector("#panel-doelen .figure .hint")).stream()
        .map(e -> e.getText()).toList();
    assertThat(hints).hasSize(kpis.configuration("overbetuwe").orElseThrow().kpis().size());
    assertThat(hints).anySatisfy(h -> assertThat(h).contains(meedoen.successes() + " van de "
        + meedoen.populationSize() + " inwoners in het meedoen-spoor zijn in ").contains("gesproken terwijl hun dossier open was"));
    // The chosen goal's course, month by month, as it is reviewed (000 §7), and who counts.
    assertThat(driver.findElement(By.id("panel-verloop")).getText()).contains("Verloop: Meedoen-spoor");
    assertThat(tableOnScreen(driver, "verloop")).hasSize(meedoen.course().size());
    assertThat(driver.findElement(By.id("panel-kandidaten")).getText())
        .contains("inwoners in het meedoen-spoor zijn in");
  }

  @Test
  void theDefaultStartShowsOverbetuwesGoalsAndTracks() {
    MunicipalityConfig overbetuwe = kpis.configuration("overbetuwe").orElseThrow();
    loginAs("office1");
    waitFor(By.id("visit-log"));

    driver.get(base + "/office/monitoring/doelen");
    List<String> goals = driver.findElements(By.cssSelector("#panel-doelen .figure .label")).stream()
        .map(WebElement::getText).toList();
    driver.get(base + "/office/monitoring/maandrapportage");
    List<String> split = tableOnScreen(driver, "bestand").stream().map(r -> r.get(0)).toList();

    assertThat(goals).containsExactlyElementsOf(overbetuwe.kpis().stream().map(KpiDefinition::title).toList())
        .contains("Taalgroep neemt deel aan een traject");
    assertThat(split).startsWith("Focus op werk", "Focus op groei", "Focus op meedoen", "Nog niet ingedeeld")
        .doesNotContain("Zorg", "Werkfit");
  }

  @Test
  void choosingAnotherDimensionRedrawsTheMonitorWithItsLabels() {
    loginAs("office1");
    waitFor(By.id("visit-log"));
    driver.get(base + "/office/monitoring/maandrapportage");

    new Select(driver.findElement(By.id("option-indeling"))).selectByValue("profiel");
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("indeling=profiel"));
    waitFor(By.id("panel-bestand"));

    // The preset stays a preset: its dates are left empty, so the server computes them.
    assertThat(driver.getCurrentUrl()).contains("preset=last-month").doesNotContain("from=20");
    assertThat(driver.findElement(By.cssSelector("#panel-bestand table.data th")).getText()).isEqualTo("Klantprofiel");
    assertThat(tableOnScreen(driver, "bestand").get(0).get(0)).isEqualTo("Profiel 1: binnen 3 tot 6 maanden naar werk");
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
        "const c = document.querySelector('#panel-bestand canvas'); return !!Chart.getChart(c);")));
  }
}
