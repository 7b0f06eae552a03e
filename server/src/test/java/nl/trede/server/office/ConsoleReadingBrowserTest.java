package nl.trede.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console read without knowing Trede's codes, in real headless Chromium against the demo:
 * Dutch names in Dutch order, where a list stands, closed files marked, the audit in words, a
 * missed target in words with an icon, dates a preset decides shown disabled.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleReadingBrowserTest extends BrowserContract {
  private static final Pattern UUID_PREFIX = Pattern.compile("\\b[0-9a-f]{8}\\b");

  private void open(String username, String path) {
    browser.login(base, username, "trede-demo");
    browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-log")));
    driver.get(base + path);
  }

  private List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void candidatesAreListedByFamilyNameWithoutItsPrefixAndSayWhereTheListStands() {
    open("office1", "/office/kandidaten");

    List<String> names = texts("#candidates tbody td:first-child a");
    String range = driver.findElement(By.id("page-range")).getText();
    String count = driver.findElement(By.id("count")).getText();

    // The demo's "Nadia de Boer" stands under B as "Boer, de, Nadia", after Berg and before Bos.
    assertThat(names).contains("Boer, de, Nadia").noneMatch(n -> n.startsWith("de ") || n.startsWith("van "));
    assertThat(names.indexOf("Boer, de, Nadia")).isGreaterThan(names.indexOf("Berg, van den, Yasmina"))
        .isLessThan(names.indexOf("Bos, Ahmed"));
    assertThat(range).matches("1–\\d+ van \\d+");
    assertThat(count).contains("met een open dossier").contains("gesloten").contains("monitoring");
    // A closed file is marked in the list.
    assertThat(driver.findElements(By.cssSelector("#candidates tr.closed .badge.closed"))).isNotEmpty();
  }

  @Test
  void theAuditNamesRecordsAndActionsInWordsNeverByAnIdPrefix() {
    open("admin1", "/office/audit?action=sync.create");

    List<String> records = texts("#audit tbody td.record");
    List<String> actions = texts("#audit tbody tr td:nth-child(3)");

    assertThat(records).isNotEmpty().noneMatch(r -> UUID_PREFIX.matcher(r).find());
    assertThat(records).anyMatch(r -> r.matches("(?s)Contact\\s+\\S.*, \\d{2}-\\d{2}-\\d{4}"));
    assertThat(actions).containsOnly("Vastgelegd");
    assertThat(driver.findElement(By.id("page-range")).getText()).matches("1–50 van [\\d.]+");
    new Select(driver.findElement(By.id("f-action"))).getOptions().forEach(o ->
        assertThat(o.getText()).as(o.getAttribute("value")).doesNotContain("sync").doesNotContain("office."));
  }

  @Test
  void aMissedTargetSaysSoInWordsWithAnIcon() {
    open("office1", "/office/monitoring/doelen");

    List<WebElement> missed = driver.findElements(By.cssSelector("#panel-overzicht .figure .verdict.not-met, .figure .verdict.not-met"));

    assertThat(missed).isNotEmpty();
    WebElement first = missed.get(0);
    assertThat(first.getText()).matches("✖\\s*Doel niet gehaald: [\\d,]+ % van [\\d,]+ %");
    assertThat(first.findElement(By.cssSelector(".icon")).getAttribute("aria-hidden")).isEqualTo("true");
  }

  @Test
  void datesAPresetDecidesAreDisabledUntilTheUserChoosesThemHimself() {
    open("office1", "/office/monitoring/maandrapportage?preset=last-month");
    WebElement from = driver.findElement(By.id("from"));

    boolean disabledWithPreset = !from.isEnabled();
    new Select(driver.findElement(By.id("preset"))).selectByValue("");
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("from")).isEnabled()
        && !d.getCurrentUrl().contains("preset=last-month"));

    assertThat(disabledWithPreset).isTrue();
    assertThat(driver.findElement(By.id("from")).getAttribute("value")).isNotBlank();
    assertThat(driver.findElements(By.id("dates-hint"))).isEmpty();
  }
}
