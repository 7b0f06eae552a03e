package nl.trede.server.office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.server.support.Browser;
import nl.trede.server.support.MonitoringPages;
import nl.trede.sync.Protocol;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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
      driver.get(base + "/office/bezoekverslagen?kind=employer-contact");
      shoot(browser, out, "04b-werkgeverscontacten");
      driver.get(base + "/office/werkgevers");
      shoot(browser, out, "04c-werkgevers");
      driver.findElement(By.cssSelector("#employers tbody a")).click();
      shoot(browser, out, "04d-werkgever");
      driver.get(base + "/office/monitoring/groepsbijeenkomsten");
      driver.findElement(By.cssSelector("a[href^='/office/bijeenkomsten/0']")).click();
      shoot(browser, out, "04e-bijeenkomst");
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
      n = workspace(browser, out, base, n);

      driver.manage().deleteAllCookies();
      loggedIn(browser, base, "admin1");
      driver.get(base + "/office/audit");
      shoot(browser, out, String.format("%02d-audit", n++));
      driver.get(base + "/office/audit/inzage?q=a");
      shoot(browser, out, String.format("%02d-inzage-zoeken", n++));
      driver.findElement(By.cssSelector("#matches a, main table a")).click();
      shoot(browser, out, String.format("%02d-inzage", n++));
      n = people(browser, out, base, n);

      driver.manage().deleteAllCookies();
      loggedIn(browser, base, "office1");
      imports(browser, out, base, n);
    }
    System.out.println("screenshots in " + out.toAbsolutePath());
  }

  /**
   * The case-file workspace as a case manager (logged in) uses it: the intake with its errors and
   * with a possible duplicate, a file's form, case manager and coaches, closing, sending a referral,
   * and the referrals inbox.
   */
  private static int workspace(Browser browser, Path out, String base, int n) {
    var driver = browser.driver();
    driver.get(base + "/office/kandidaten/nieuw");
    browser.clickToNextPage(driver.findElement(By.id("save")));
    shoot(browser, out, String.format("%02d-nieuw-dossier-fouten", n++));
    driver.get(base + "/office/kandidaten");
    driver.findElement(By.cssSelector("#candidates tbody a")).click();
    browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    String file = driver.getCurrentUrl();
    driver.get(file + "/bewerken");
    shoot(browser, out, String.format("%02d-dossier-bewerken", n++));
    String given = driver.findElement(By.name("givenName")).getAttribute("value");
    String family = driver.findElement(By.name("familyName")).getAttribute("value");
    String born = driver.findElement(By.name("dateOfBirth")).getAttribute("value");
    driver.get(file + "/toewijzen");
    shoot(browser, out, String.format("%02d-klantmanager-en-coaches", n++));
    driver.get(file + "/afsluiten");
    shoot(browser, out, String.format("%02d-dossier-afsluiten", n++));
    driver.get(file + "/aanmelden");
    shoot(browser, out, String.format("%02d-aanmelden", n++));
    driver.get(base + "/office/aanmeldingen");
    shoot(browser, out, String.format("%02d-aanmeldingen", n++));
    driver.get(base + "/office/kandidaten/nieuw");
    // The same family name and birthday, with only an initial: the intake asks whether the file exists.
    driver.executeScript("for (const [name, value] of Object.entries(arguments[0]))"
        + " document.getElementsByName(name)[0].value = value;", java.util.Map.of("givenName",
        given.substring(0, 1) + ".", "familyName", family, "dateOfBirth", born, "benefitStartDate",
        java.time.LocalDate.now().minusMonths(3).toString(), "inflow.reason", "NEW_APPLICATION"));
    browser.clickToNextPage(driver.findElement(By.id("save")));
    shoot(browser, out, String.format("%02d-nieuw-dossier-bestaat-al", n++));
    return n;
  }

  /**
   * Gebruikers as the admin (already logged in) sees it: the list, a new user's form with its
   * errors, the temporary password, the user with a device that synced, the device revoked; then
   * the new user's first console login, which asks for a password of their own.
   */
  private static int people(Browser browser, Path out, String base, int n) {
    var driver = browser.driver();
    driver.get(base + "/office/beheer/gebruikers");
    shoot(browser, out, String.format("%02d-gebruikers", n++));
    driver.findElement(By.id("new-person")).click();
    driver.findElement(By.id("username")).sendKeys("Fout Naam");
    driver.findElement(By.id("workPhone")).sendKeys("bel mij");
    driver.findElement(By.id("create")).click();
    shoot(browser, out, String.format("%02d-nieuwe-gebruiker-fouten", n++));
    String username = "sanne" + Long.toString(System.nanoTime() % 100_000, 36);
    driver.findElement(By.id("displayName")).sendKeys("Sanne Jansen");
    driver.findElement(By.id("username")).clear();
    driver.findElement(By.id("username")).sendKeys(username);
    new Select(driver.findElement(By.id("role"))).selectByVisibleText("klantmanager");
    driver.findElement(By.id("workPhone")).clear();
    driver.findElement(By.id("workPhone")).sendKeys("06-10000099");
    driver.findElement(By.id("create")).click();
    shoot(browser, out, String.format("%02d-tijdelijk-wachtwoord", n++));
    String temporary = driver.findElement(By.id("temporary-password")).getText();
    String token = appLogin(base, username, temporary, "Sanne zoekt werk 2026");
    appLogin(base, username, "Sanne zoekt werk 2026", null);
    sync(base, token);
    driver.findElement(By.id("to-person")).click();
    shoot(browser, out, String.format("%02d-gebruiker-toestellen", n++));
    driver.findElement(By.cssSelector("button.revoke")).click();
    driver.switchTo().alert().accept();
    browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
    shoot(browser, out, String.format("%02d-toestel-ingetrokken", n++));
    driver.findElement(By.id("reset-password")).click();
    driver.switchTo().alert().accept();
    browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("temporary-password")));
    String reset = driver.findElement(By.id("temporary-password")).getText();
    driver.manage().deleteAllCookies();
    browser.login(base, username, reset);
    shoot(browser, out, String.format("%02d-eigen-wachtwoord-kiezen", n++));
    return n;
  }

  /** Dossiers importeren as the office (logged in) sees it: the page, a file with mistakes, a clean one, done. */
  private static void imports(Browser browser, Path out, String base, int n) {
    var driver = browser.driver();
    driver.get(base + "/office/import");
    shoot(browser, out, String.format("%02d-import", n++));
    String header = "Dossiernummer;Voornaam;Achternaam;Geboortedatum;Klantmanager;Coaches;Uitkering sinds;Spoor;"
        + "Loonkostensubsidie;Loonwaarde (%)\r\n";
    String prefix = "D" + Long.toString(System.nanoTime() % 1_000_000, 36) + "-";
    String good = prefix + "1;Fenna;Bakker;14-02-1987;casemanager1;coach1;01-03-2022;Focus op groei;nee;\r\n"
        + prefix + "2;Youssef;El Amrani;02-11-1995;casemanager1;coach2;15-08-2023;Focus op werk;ja;55\r\n"
        + prefix + "3;Marloes;de Wit;30-06-1979;casemanager1;coach1, jobcoach1;;Focus op meedoen;nee;\r\n";
    String bad = prefix + "1;Fenna;Bakker;31-02-1987;casemanager1;coach1;01-03-2022;Focus op groei;nee;\r\n"
        + prefix + "2;Youssef;El Amrani;02-11-1995;casemanager1;coach9;15-08-2023;Focus op werk;nee;55\r\n"
        + prefix + "3;Marloes;;30-06-1979;casemanager1;coach1;;Focus op vakantie;nee;\r\n"
        + prefix + "1;Fenna;Bakker;14-02-1987;coach1;;;;;\r\n";
    upload(browser, header + bad);
    shoot(browser, out, String.format("%02d-import-problemen", n++));
    upload(browser, header + good);
    shoot(browser, out, String.format("%02d-import-gecontroleerd", n++));
    driver.findElement(By.id("run-import")).click();
    driver.switchTo().alert().accept();
    browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("import-done")));
    shoot(browser, out, String.format("%02d-import-klaar", n));
  }

  private static void upload(Browser browser, String csv) {
    try {
      Path file = Files.createTempFile("dossiers", ".csv");
      Files.writeString(file, "\uFEFF" + csv, StandardCharsets.UTF_8);
      var driver = browser.driver();
      driver.findElement(By.id("file")).sendKeys(file.toString());
      browser.clickToNextPage(driver.findElement(By.id("check")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The app's login (or its answer to a temporary password, with {@code newPassword}); returns the token. */
  private static String appLogin(String base, String username, String password, String newPassword) {
    Map<String, String> body = new HashMap<>(Map.of("username", username,
        "password", password, "deviceId", DEVICE.toString(), "deviceName", "Samsung Galaxy Tab A9"));
    if (newPassword != null) {
      body.put("newPassword", newPassword);
    }
    try {
      var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(base + (newPassword == null ? "/api/auth/login" : "/api/auth/password")))
          .header("Content-Type", "application/json").header(Protocol.APP_VERSION_HEADER, "0.1.0")
          .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)))
          .build(), HttpResponse.BodyHandlers.ofString());
      return Json.MAPPER.readTree(response.body()).path("token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sync(String base, String token) {
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(base + "/api/sync/pull?limit=1")).header("Authorization", "Bearer " + token)
          .header(Protocol.VERSION_HEADER, "1").header(Protocol.APP_VERSION_HEADER, "0.1.0")
          .build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final UUID DEVICE = Ids.newId();

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
    List<String> dashboards = MonitoringPages.DASHBOARDS;
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
