package nl.trede.server.office;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.trede.server.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Saves a PNG of every console page of a running demo server, as a 1366x768 laptop shows it and
 * as the whole page: run by scripts/screenshots-office.sh (docs/office-console.md).
 * Arguments: the server's base URL, the folder for the PNGs, and optionally {@code monitoring} to
 * save only the monitoring pages (the demo started as another municipality).
 */
public final class OfficeScreenshots {
  private OfficeScreenshots() {}

  public static void main(String[] args) {
    // Selenium warns that it has no DevTools bindings for this Chromium; the two commands used here
    // (locale, screenshot) need none.
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    Path out = Path.of(args.length > 1 ? args[1] : "screenshots/office");
    boolean onlyMonitoring = args.length > 2 && args[2].equals("monitoring");
    try (Browser browser = new Browser()) {
      var driver = browser.driver();
      if (onlyMonitoring) {
        browser.login(base, "office1", "trede-demo");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-log")));
        monitoring(browser, out, base, 1);
        System.out.println("screenshots in " + out.toAbsolutePath());
        return;
      }
      driver.get(base + "/office/login");
      shoot(browser, out, "01-inloggen");

      browser.login(base, "coach1", "trede-demo");
      shoot(browser, out, "02-coach-geweigerd");

      browser.login(base, "office1", "trede-demo");
      browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-log")));
      shoot(browser, out, "03-bezoekverslagen");
      driver.get(base + "/office/bezoekverslagen?noShow=1");
      shoot(browser, out, "04-bezoekverslagen-niet-verschenen");
      driver.get(base + "/office/kandidaten");
      shoot(browser, out, "05-kandidaten");
      driver.findElement(By.cssSelector("#candidates tbody a")).click();
      browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
      shoot(browser, out, "06-kandidaat-tijdlijn");
      int n = monitoring(browser, out, base, 7);
      driver.get(base + "/office/conflicten");
      shoot(browser, out, String.format("%02d-conflicten", n++));

      driver.manage().deleteAllCookies();
      loggedIn(browser, base, "casemanager1");
      driver.get(base + "/office/monitoring/doelen");
      awaitCharts(browser);
      shoot(browser, out, String.format("%02d-klantmanager-doelen", n++));
      driver.get(base + "/office/bezoekverslagen?afterHandover=1");
      shoot(browser, out, String.format("%02d-na-overdracht", n++));
      driver.get(base + "/office/tweestapsverificatie");
      shoot(browser, out, String.format("%02d-tweestapsverificatie", n++));

      driver.manage().deleteAllCookies();
      loggedIn(browser, base, "admin1");
      driver.get(base + "/office/audit");
      shoot(browser, out, String.format("%02d-audit", n++));
      driver.get(base + "/office/audit/inzage?q=a");
      shoot(browser, out, String.format("%02d-inzage-zoeken", n++));
      driver.findElement(By.cssSelector("#matches a, main table a")).click();
      shoot(browser, out, String.format("%02d-inzage", n));
    }
    System.out.println("screenshots in " + out.toAbsolutePath());
  }

  /** Logs in and waits for the first page, so the next navigation does not cut the login short. */
  private static void loggedIn(Browser browser, String base, String username) {
    browser.login(base, username, "trede-demo");
    browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-log")));
  }

  /** The monitoring index and every dashboard, numbered from {@code n}; returns the next number. */
  private static int monitoring(Browser browser, Path out, String base, int n) {
    var driver = browser.driver();
    driver.get(base + "/office/monitoring");
    shoot(browser, out, String.format("%02d-monitoring", n++));
    List<String> dashboards = List.of("doelen", "maandrapportage", "achterstallige-contacten", "tredebewegingen",
        "doorstroom", "uitkeringsduur-en-deelname", "jobcoach-uren", "instrumenten-en-budget");
    for (String dashboard : dashboards) {
      driver.get(base + "/office/monitoring/" + dashboard);
      awaitCharts(browser);
      shoot(browser, out, String.format("%02d-monitoring-%s", n++, dashboard));
    }
    return n;
  }

  private static void awaitCharts(Browser browser) {
    var driver = browser.driver();
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
        "const all = [...document.querySelectorAll('canvas[data-chart]')];"
            + " return typeof Chart !== 'undefined' && all.every(c => Chart.getChart(c));")));
  }

  private static void shoot(Browser browser, Path out, String name) {
    browser.screenshot(out.resolve(name + ".png"));
    browser.screenshotFullPage(out.resolve("full").resolve(name + ".png"));
  }
}
