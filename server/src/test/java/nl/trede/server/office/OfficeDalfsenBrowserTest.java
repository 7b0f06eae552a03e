package nl.trede.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The same server, started with {@code trede.demo.municipality=dalfsen}: the console shows Dalfsen's
 * own categories and KPIs from Dalfsen's configuration file, with no code of its own (issue 7).
 * {@link OfficeBrowserTest} checks Overbetuwe's in the default start.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeDalfsenBrowserTest extends BrowserContract {
  @Inject
  KpiService kpis;


  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(TestDatabases.sqlite());
    properties.put("trede.demo.municipality", "dalfsen");
    return properties;
  }

  @BeforeAll
  void logInAsTheOffice() {
    browser.login(base, "office1", "trede-demo");
    browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-log")));
  }

  /** One login for the class: its tests only read. */
  @Override
  void loggedOutWithoutDownloads() {
  }

  private void open(String dashboard) {
    driver.get(base + "/office/monitoring/" + dashboard);
    browser.waitUpTo(Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(driver.executeScript(
        "const all = [...document.querySelectorAll('canvas[data-chart]')];"
            + " return all.length > 0 && typeof Chart !== 'undefined' && all.every(c => Chart.getChart(c));")));
  }

  @Test
  void theConsoleIsDalfsens() {
    assertThat(driver.findElement(By.cssSelector(".topbar .tenant")).getText()).isEqualTo("Gemeente Dalfsen");
  }

  @Test
  void theGoalsAreDalfsensKpis() {
    MunicipalityConfig dalfsen = kpis.configuration("dalfsen").orElseThrow();

    open("doelen");
    List<String> goals = driver.findElements(By.cssSelector("#panel-doelen .figure .label")).stream()
        .map(WebElement::getText).toList();

    assertThat(goals).containsExactlyElementsOf(dalfsen.kpis().stream().map(KpiDefinition::title).toList())
        .contains("Zorg stroomt door naar Meedoen of Werkfit", "Werkfit stroomt uit naar werk")
        .doesNotContain("Taalgroep neemt deel aan een traject");
    assertThat(driver.findElement(By.id("panel-kandidaten")).getText())
        .contains("Wie telt mee: Zorg stroomt door naar Meedoen of Werkfit");
  }

  @Test
  void theMonitorSplitsTheFileByZorgMeedoenAndWerkfit() {
    open("maandrapportage");

    List<String> split = OfficeBrowserTest.tableOnScreen(driver, "bestand").stream().map(r -> r.get(0)).toList();

    assertThat(driver.findElement(By.cssSelector("#panel-bestand table.data th")).getText()).isEqualTo("Categorie");
    assertThat(split).startsWith("Zorg", "Meedoen", "Werkfit", "Nog niet ingedeeld").doesNotContain("Focus op werk");
  }

  @Test
  void movementWithinTheFileIsBetweenDalfsensCategories() {
    open("doorstroom");

    List<String> rows = OfficeBrowserTest.tableOnScreen(driver, "matrix").stream().map(r -> r.get(0)).toList();

    assertThat(driver.findElement(By.cssSelector("#panel-matrix h2")).getText()).isEqualTo("Overgangsmatrix Categorie");
    assertThat(rows).startsWith("Zorg", "Meedoen", "Werkfit");
    // The demo moves who stepped up the ladder: from Zorg to Meedoen, from Meedoen to Werkfit.
    assertThat(driver.findElement(By.id("panel-doorgestroomd")).getText()).contains("Zorg").contains("Meedoen");
  }
}
