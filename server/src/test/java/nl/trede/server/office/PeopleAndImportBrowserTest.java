package nl.trede.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.sync.Protocol;
import nl.trede.server.support.Browser;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin's people and devices pages and the import, in real headless Chromium against a real
 * server: an admin makes a user, revokes the device they logged in on (after saying yes to the
 * question), switches them off and on; the office checks a file with mistakes, then imports the
 * corrected file. No page logs a script error or a refusal of its Content-Security-Policy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAndImportBrowserTest extends BrowserContract {
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void freshBrowserLog() {
    driver.manage().logs().get(LogType.BROWSER);
  }

  private void waitFor(By element) {
    browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(element));
  }

  /** Clicks a button whose form asks first, and answers the question. */
  private void clickAndAnswer(By button, boolean yes) {
    WebElement element = driver.findElement(button);
    element.click();
    browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
    if (yes) {
      driver.switchTo().alert().accept();
      browser.awaitNextPage(element, Duration.ofSeconds(15));
    } else {
      driver.switchTo().alert().dismiss();
    }
  }

  private HttpResponse<String> api(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.header(Protocol.APP_VERSION_HEADER, "2.0.0").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void anAdminMakesAUserRevokesTheirDeviceAndSwitchesThemOffAndOnAgain() throws Exception {
    browser.login(base, "admin1", "trede-demo");
    waitFor(By.id("visit-log"));
    driver.findElement(By.linkText("Gebruikers")).click();
    waitFor(By.id("people"));
    driver.findElement(By.id("new-person")).click();
    waitFor(By.id("person-form"));
    String username = "browser-" + Long.toString(System.nanoTime(), 36);
    driver.findElement(By.id("displayName")).sendKeys("Bram Browser");
    driver.findElement(By.id("username")).sendKeys(username);
    new Select(driver.findElement(By.id("role"))).selectByVisibleText("participatiecoach");
    driver.findElement(By.id("create")).click();
    waitFor(By.id("temporary-password"));
    String temporary = driver.findElement(By.id("temporary-password")).getText();

    // The new coach's phone: the temporary password, then their own, and a first sync.
    UUID phone = Ids.newId();
    HttpResponse<String> login = api(HttpRequest.newBuilder(URI.create(base + "/api/auth/password"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(Map.of("username", username,
            "password", temporary, "newPassword", "Bram zijn eigen wachtwoord", "deviceId", phone.toString(),
            "deviceName", "Telefoon van Bram")))));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String token = Json.MAPPER.readTree(login.body()).get("token").asText();
    HttpRequest.Builder pull = HttpRequest.newBuilder(URI.create(base + "/api/sync/pull?limit=1"))
        .header("Authorization", "Bearer " + token).header(Protocol.VERSION_HEADER, "1");
    assertThat(api(pull).statusCode()).isEqualTo(200);

    driver.findElement(By.id("to-person")).click();
    waitFor(By.id("devices"));
    WebElement device = driver.findElement(By.cssSelector("tr[data-device='" + phone + "']"));
    assertThat(device.getText()).contains("Telefoon van Bram").contains("2.0.0").contains("In gebruik");
    clickAndAnswer(By.cssSelector("tr[data-device='" + phone + "'] button.revoke"), false);
    assertThat(api(pull).statusCode()).as("saying no revokes nothing").isEqualTo(200);
    clickAndAnswer(By.cssSelector("tr[data-device='" + phone + "'] button.revoke"), true);

    waitFor(By.id("result"));
    assertThat(driver.findElement(By.id("result")).getText()).contains("Het toestel is ingetrokken");
    assertThat(driver.findElement(By.cssSelector("tr[data-device='" + phone + "'] .device-status")).getText())
        .startsWith("Ingetrokken");
    HttpResponse<String> refused = api(pull);
    assertThat(refused.statusCode()).isEqualTo(401);
    JsonNode problem = Json.MAPPER.readTree(refused.body());
    assertThat(problem.get("type").asText()).endsWith("/device-revoked");

    clickAndAnswer(By.id("deactivate"), true);
    waitFor(By.id("reactivate"));
    assertThat(driver.findElement(By.id("status")).getText()).contains("Uitgeschakeld");
    driver.findElement(By.id("reactivate")).click();
    waitFor(By.id("deactivate"));
    assertThat(driver.findElement(By.id("status")).getText()).contains("Actief");
    assertThat(driver.findElement(By.id("result")).getText()).contains("weer ingeschakeld");
    noScriptErrors("people pages");
  }

  @Test
  void theOfficeSeesEveryProblemOfAFileThenImportsTheCorrectedOne() throws Exception {
    browser.login(base, "office1", "trede-demo");
    waitFor(By.id("visit-log"));
    driver.findElement(By.linkText("Importeren")).click();
    waitFor(By.id("upload-form"));
    clearDownloads();
    driver.findElement(By.id("template-xlsx")).click();
    Path template = browser.awaitDownload("xlsx", Duration.ofSeconds(20));
    try (ReadableWorkbook workbook = new ReadableWorkbook(template.toFile())) {
      assertThat(workbook.getFirstSheet().read().get(0).getCellText(0)).isEqualTo("Dossiernummer");
    }

    String n = Long.toString(System.nanoTime(), 36);
    String header = "Dossiernummer;Voornaam;Achternaam;Geboortedatum;Coaches;Spoor\r\n";
    Path wrong = Files.createTempFile("dossiers", ".csv");
    Files.writeString(wrong, "\uFEFF" + header
        + n + "-1;Lotte;Browser;03-04-1990;coach2;Focus op groei\r\n"
        + n + "-2;Sem;Browser;31-13-1990;coach2;Focus op groei\r\n"
        + n + "-3;Noor;Browser;03-04-1990;niemand;Focus op groei\r\n", StandardCharsets.UTF_8);
    driver.findElement(By.id("file")).sendKeys(wrong.toString());
    driver.findElement(By.id("check")).click();
    waitFor(By.id("problems"));

    List<String> problems = driver.findElements(By.cssSelector("#problems tbody tr")).stream()
        .map(r -> r.getAttribute("data-row") + " " + r.getAttribute("data-column")).toList();
    assertThat(problems).containsExactly("3 Geboortedatum", "4 Coaches");
    assertThat(driver.findElement(By.id("report-problems")).getText()).contains("Er is niets geïmporteerd");
    assertThat(driver.findElements(By.id("run-import"))).isEmpty();

    Path right = Files.createTempFile("dossiers", ".csv");
    Files.writeString(right, "\uFEFF" + header
        + n + "-1;Lotte;Browser;03-04-1990;coach2;Focus op groei\r\n"
        + n + "-2;Sem;Browser;31-12-1990;coach2;Focus op groei\r\n"
        + n + "-3;Noor;Browser;03-04-1990;jobcoach1;Focus op groei\r\n", StandardCharsets.UTF_8);
    driver.findElement(By.id("file")).sendKeys(right.toString());
    driver.findElement(By.id("check")).click();
    waitFor(By.id("run-import"));
    assertThat(driver.findElement(By.id("report-clean")).getText()).contains("3 nieuwe dossiers");
    clickAndAnswer(By.id("run-import"), true);

    waitFor(By.id("import-done"));
    assertThat(driver.findElement(By.id("import-done")).getText()).contains("3 dossiers zijn aangemaakt");
    driver.get(base + "/office/kandidaten?q=Browser");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Lotte").contains("Sem").contains("Noor");
    noScriptErrors("import pages");
  }
}
