package nl.trede.server.office.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import nl.trede.server.accounts.twofactor.Totp;
import nl.trede.server.support.Browser;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's two-factor login in real headless Chromium, with the installation's default: an
 * admin sets up the authenticator app at the first login (the QR code drawn, the key readable, the
 * recovery codes shown once) and types its code at the next.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoFactorBrowserTest implements TestPropertyProvider {
  @Inject
  EmbeddedServer server;

  private Browser browser;
  private ChromeDriver driver;
  private String base;

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.secondFactorRequired(TestDatabases.sqlite());
  }

  @BeforeAll
  void startChromium() {
    browser = new Browser();
    driver = browser.driver();
    base = server.getURL().toString();
  }

  @AfterAll
  void stopChromium() {
    browser.close();
  }

  private void waitFor(By element) {
    browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(element));
  }

  @Test
  void anAdminSetsUpTheAppAtTheFirstLoginAndTypesItsCodeAtTheNext() {
    Totp totp = new Totp();
    driver.manage().logs().get(LogType.BROWSER);

    browser.login(base, "admin1", "trede-demo");
    waitFor(By.id("qr"));
    String setupUrl = driver.getCurrentUrl();
    Boolean qrDrawn = (Boolean) driver.executeScript(
        "const img = document.getElementById('qr'); return img.complete && img.naturalWidth > 0;");
    byte[] secret = Totp.decode(driver.findElement(By.id("secret")).getText().replace(" ", ""));
    long enrolledAt = Totp.step(Instant.now());
    driver.findElement(By.id("code")).sendKeys(totp.code(secret, enrolledAt));
    driver.findElement(By.id("confirm")).click();
    waitFor(By.id("recovery-codes"));
    int recoveryCodes = driver.findElements(By.cssSelector("#recovery-codes li")).size();
    driver.findElement(By.id("continue")).click();
    waitFor(By.id("visit-log"));

    driver.manage().deleteAllCookies();
    browser.login(base, "admin1", "trede-demo");
    waitFor(By.id("verify"));
    String codeUrl = driver.getCurrentUrl();
    // The step after the one the set-up used: a code works once.
    driver.findElement(By.id("code")).sendKeys(totp.code(secret, Math.max(enrolledAt, Totp.step(Instant.now())) + 1));
    driver.findElement(By.id("verify")).click();
    waitFor(By.id("visit-log"));
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        // The browser asks for /favicon.ico on the first page; the console has none.
        .filter(e -> !e.getMessage().contains("/favicon.ico")).toList();

    assertThat(setupUrl).endsWith("/office/login/instellen");
    assertThat(qrDrawn).as("the QR code image is drawn").isTrue();
    assertThat(recoveryCodes).isEqualTo(10);
    assertThat(codeUrl).endsWith("/office/login/code");
    assertThat(driver.findElement(By.cssSelector(".who .name")).getText()).isEqualTo("Hanna de Boer");
    assertThat(severe).as("no script error or CSP refusal").isEmpty();
  }
}
