package nl.trede.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Werkgevers in real headless Chromium on the demo (issue 18, decision 0062): the list filtered by
 * aanspreekpunt without a reload, an employer's page with its aanspreekpunt, the vacancy a running
 * placement filled and the SROI contract value, and no script error or CSP refusal on either page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerPagesBrowserTest extends BrowserContract {
  private List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void theOfficeFiltersEmployersByAanspreekpuntAndSeesTheVacancyARunningPlacementFilled() {
    browser.login(base, "office1", "trede-demo");
    browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-log")));
    driver.get(base + "/office/werkgevers");
    List<String> owners = texts("#employers tbody td.owner");

    new Select(driver.findElement(By.id("owner"))).selectByVisibleText("Anna de Vries");
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#employers tbody tr")).size() == 1);
    List<String> annas = texts("#employers tbody td:first-child a");
    noScriptErrors("Werkgevers");
    driver.findElement(By.linkText("Zorgcentrum De Linde")).click();
    browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("employer-name")));
    String owner = driver.findElement(By.id("owner")).getText();
    driver.get(base + "/office/werkgevers?q=Distributiecentrum");
    driver.findElement(By.linkText("Distributiecentrum Logistiek Oost")).click();
    browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("vacancies")));

    // The demo: Eva is the jobhunters' aanspreekpunt, Anna the care home's, the town's yard has none yet.
    assertThat(owners).contains("Eva Smit", "Anna de Vries", "–");
    assertThat(annas).containsExactly("Zorgcentrum De Linde");
    assertThat(owner).isEqualTo("Anna de Vries");
    assertThat(driver.findElement(By.id("vacancies")).getText()).contains("Orderpicker").contains("Vervuld door plaatsing");
    assertThat(driver.findElements(By.cssSelector("#vacancies .filled-by .placement a"))).isNotEmpty();
    assertThat(driver.findElement(By.id("sroi-value")).getText()).isEqualTo("€ 350.000");
    noScriptErrors("Werkgever");
  }
}
