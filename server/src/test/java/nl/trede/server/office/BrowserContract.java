package nl.trede.server.office;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.trede.server.support.Browser;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test of the console stands on: the server on a random port (the demo on
 * SQLite unless a test says otherwise), one headless Chromium for the class, and each test starting
 * logged out with no earlier downloads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserContract implements TestPropertyProvider {
  @Inject
  EmbeddedServer server;

  Browser browser;
  ChromeDriver driver;
  String base;

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.sqlite();
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

  @BeforeEach
  void loggedOutWithoutDownloads() throws IOException {
    driver.manage().deleteAllCookies();
    clearDownloads();
  }

  /** No script error or CSP refusal on the page so far. */
  void noScriptErrors(String where) {
    // The browser's own request for a favicon, which the console does not serve, is no page's error.
    java.util.List<org.openqa.selenium.logging.LogEntry> severe = driver.manage().logs()
        .get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
            && !e.getMessage().contains("favicon.ico"))
        .toList();
    org.assertj.core.api.Assertions.assertThat(severe).as(where).isEmpty();
  }

  void clearDownloads() throws IOException {
    try (var files = Files.list(browser.downloads())) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }
}
