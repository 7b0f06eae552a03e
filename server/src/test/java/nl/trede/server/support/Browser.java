package nl.trede.server.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver, which the test command installs),
 * with a fresh profile, sized like a municipal laptop (1366x768), speaking Dutch, downloading into
 * a folder of its own. Nothing is fetched from the network: the driver path is explicit.
 */
public final class Browser implements AutoCloseable {
  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final ChromeDriver driver;
  private final Path profile;
  private final Path downloads;

  public Browser() {
    try {
      this.profile = Files.createTempDirectory("trede-chromium");
      this.downloads = Files.createTempDirectory("trede-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=nl-NL", "--hide-scrollbars");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("intl.accept_languages", "nl-NL,nl");
    options.setExperimentalOption("prefs", prefs);
    // The browser console, so tests see script errors and Content-Security-Policy refusals.
    org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
        // Dutch dates in date fields (dd-mm-jjjj), as on a municipal laptop.
        .withEnvironment(Map.of("LANGUAGE", "nl_NL:nl", "LANG", "nl_NL.UTF-8")).build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1366, 768));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    // Debian's chromium has only its en-US locale pack; this makes dates and numbers Dutch anyway.
    driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "nl-NL"));
    // Headless Chromium only saves downloads where it is told to, through DevTools.
    driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
        "downloadPath", downloads.toString(), "eventsEnabled", true));
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Path downloads() {
    return downloads;
  }

  public WebDriverWait waitUpTo(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** Logs in through the console's login form. */
  public void login(String baseUrl, String username, String password) {
    driver.get(baseUrl + "/office/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    clickToNextPage(driver.findElement(By.id("login")));
  }

  /** Clicks a button that submits its form, and waits for the next page. */
  public void clickToNextPage(WebElement button) {
    button.click();
    awaitNextPage(button, Duration.ofSeconds(15));
  }

  /**
   * Waits until the page that held this element is gone: reading before then finds the old page's
   * elements. Chromium may answer a gone element as "does not belong to the document" rather than
   * as stale; both mean the next page is there.
   */
  public void awaitNextPage(WebElement onTheOldPage, Duration timeout) {
    waitUpTo(timeout).until(d -> {
      try {
        onTheOldPage.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    });
  }

  /** Waits until a download with this extension is complete, and returns it. */
  public Path awaitDownload(String extension, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      try (var files = Files.list(downloads)) {
        List<Path> all = files.toList();
        // Chromium reserves the final name with an empty file while the bytes still go to a
        // .crdownload beside it: the download is done when that is gone and the file has content.
        boolean writing = all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        List<Path> done = all.stream().filter(p -> p.getFileName().toString().endsWith("." + extension))
            .filter(p -> p.toFile().length() > 0).toList();
        if (!writing && !done.isEmpty()) {
          return done.get(0);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sleep(100);
    }
    throw new AssertionError("no ." + extension + " download within " + timeout);
  }

  /** The whole page, not only the window: for looking at long tables. */
  public void screenshotFullPage(Path file) {
    Object height = driver.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", 1366, "height", ((Number) height).intValue(), "scale", 1)));
    write(file, Base64.getDecoder().decode((String) result.get("data")));
  }

  /** What a 1366x768 screen shows. */
  public void screenshot(Path file) {
    Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
    write(file, Base64.getDecoder().decode((String) result.get("data")));
  }

  private static void write(Path file, byte[] png) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    deleteQuietly(profile);
    deleteQuietly(downloads);
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temp folder left behind is harmless.
    }
  }
}
