package nl.trede.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.server.demo.DemoData;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.Browser;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;


import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The case-file workspace in real headless Chromium, as a case manager and the office use it, with
 * the coaches' devices on the sync API: intake and assigning a coach bring the file to the coach's
 * device; the plan and flags are edited; reassigning moves the file from coach A's device to coach
 * B's; a file is closed and reopened; a referral is sent, accepted and signed off.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFileBrowserTest extends BrowserContract {
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject
  @Client("/")
  HttpClient httpClient;

  private ApiClient api;

  @BeforeEach
  void freshApi() {
    api = new ApiClient(httpClient.toBlocking());
  }

  private void loginAs(String username) {
    driver.manage().deleteAllCookies();
    browser.login(base, username, "trede-demo");
  }

  private void open(String path) {
    driver.get(base + path);
  }

  private WebElement waitFor(By element) {
    return browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(element));
  }

  private void type(String fieldId, String text) {
    WebElement field = driver.findElement(By.id(fieldId));
    field.clear();
    field.sendKeys(text);
  }

  /** A date field filled in as a script would, whatever order the browser's locale shows day and month in. */
  private void date(String fieldId, LocalDate day) {
    ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
        fieldId, day.toString());
  }

  /** Submits and waits for the next page, so what follows reads that page. */
  private void submit(By button) {
    browser.clickToNextPage(driver.findElement(button));
  }

  private String main() {
    return driver.findElement(By.tagName("main")).getText();
  }

  private UUID fileOnScreen() {
    String url = driver.getCurrentUrl();
    int at = url.indexOf("/office/kandidaten/") + "/office/kandidaten/".length();
    return UUID.fromString(url.substring(at, at + 36));
  }

  private static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  private static String user(String username) {
    return DemoData.userId(username).toString();
  }

  /** A new file through the intake form, without coaches: the case manager registering it carries it. */
  private UUID intake(String given, String family) {
    open("/office/kandidaten");
    submit(By.id("new-file"));
    type("f-givenName", given);
    type("f-familyName", family);
    date("f-dateOfBirth", LocalDate.of(1989, 6, 15));
    type("f-phone", "06-12345678");
    date("f-benefitStartDate", today().minusMonths(4));
    new Select(driver.findElement(By.id("f-inflow.reason"))).selectByVisibleText("Nieuwe aanvraag");
    new Select(driver.findElement(By.id("f-classification.spoor"))).selectByVisibleText("Focus op groei");
    submit(By.id("save"));
    assertThat(driver.findElement(By.id("result")).getText()).contains("Het dossier is aangemaakt");
    return fileOnScreen();
  }

  private void assign(UUID file, List<String> coaches) {
    open("/office/kandidaten/" + file);
    submit(By.id("assign-link"));
    for (WebElement box : driver.findElements(By.cssSelector("input[name=coachIds]"))) {
      if (box.isSelected() != coaches.contains(box.getAttribute("value"))) {
        box.click();
      }
    }
    submit(By.id("save"));
    assertThat(driver.findElement(By.id("result")).getText()).contains("Klantmanager en coaches zijn opgeslagen");
  }

  @Test
  void intakeThenAssigningACoachBringsTheFileToTheCoachsDevice() {
    Session carla = api.login("coach2");
    String cursor = api.pullAll(carla).cursor();
    loginAs("casemanager1");

    UUID file = intake("Lotte", "Browser" + System.nanoTime());
    assertThat(ApiClient.latest(api.pullAll(carla, cursor), file)).as("not hers before she is assigned").isNull();
    assign(file, List.of(user("coach2")));
    RecordChange received = ApiClient.latest(api.pullAll(carla, cursor), file);

    assertThat(received).isNotNull();
    assertThat(received.data().get("coachIds").toString()).contains(user("coach2"));
    assertThat(received.data().get("classification").get("spoor").asText()).isEqualTo("groei");
    assertThat(main()).contains("Klantmanager of coaches gewijzigd").contains("Carla Bakker");
    noScriptErrors("intake and assignment");
  }

  @Test
  void editingThePlanAndFlagsShowsOnTheFileAndItsTimelineAndReachesTheDevice() {
    Session carla = api.login("coach2");
    loginAs("casemanager1");
    UUID file = intake("Daan", "Plan" + System.nanoTime());
    assign(file, List.of(user("coach2")));
    String cursor = api.pullAll(carla).cursor();

    submit(By.id("edit-link"));
    type("f-plan.goals", "Binnen een jaar aan het werk in de groenvoorziening");
    type("f-plan.contactFrequencyDays", "21");
    type("f-plan.justification", "Integrale aanpak: eerst schulden, dan werk");
    driver.findElement(By.id("f-flag-WAGE_COST_SUBSIDY")).click();
    type("f-wageValuePercent", "45");
    submit(By.id("save"));

    assertThat(driver.findElement(By.id("result")).getText()).contains("De wijzigingen zijn opgeslagen");
    assertThat(driver.findElement(By.id("plan")).getText()).contains("Binnen een jaar aan het werk in de groenvoorziening")
        .contains("elke 21 dagen");
    String timeline = driver.findElement(By.id("timeline")).getText();
    assertThat(timeline).contains("Dossier gewijzigd").contains("Plan van aanpak · doelen").contains("loonkostensubsidie")
        .contains("45 %").doesNotContain("WAGE_COST_SUBSIDY");
    RecordChange received = ApiClient.latest(api.pullAll(carla, cursor), file);
    assertThat(received.data().get("plan").get("contactFrequencyDays").asInt()).isEqualTo(21);
    assertThat(received.data().get("flags").toString()).contains("WAGE_COST_SUBSIDY");
    noScriptErrors("edit");
  }

  @Test
  void reassigningFromCoachAToCoachBPurgesItFromAsDeviceAndGivesBItsHistory() {
    Session carla = api.login("coach2");
    Session anna = api.login("coach1");
    loginAs("casemanager1");
    UUID file = intake("Yara", "Over" + System.nanoTime());
    assign(file, List.of(user("coach2")));
    Contact visit = new Contact(nl.trede.domain.Ids.newId(), file, null, carla.user(), LocationType.HOME,
        today().minusDays(1).atTime(10, 0).atZone(ZONE).toInstant(), 45, null, "Kennismaking thuis", null, null,
        false, false, null);
    assertThat(api.push(carla, ApiClient.create(RecordType.CONTACT, visit))).singleElement()
        .isInstanceOf(MutationResult.Applied.class);
    String carlasCursor = api.pullAll(carla).cursor();
    String annasCursor = api.pullAll(anna).cursor();

    assign(file, List.of(user("coach1")));
    PullPage carlaPulls = api.pullAll(carla, carlasCursor);
    PullPage annaPulls = api.pullAll(anna, annasCursor);

    assertThat(carlaPulls.purgeCandidates()).contains(file);
    assertThat(ApiClient.latest(annaPulls, visit.id())).as("B receives the history").isNotNull();
    assertThat(ApiClient.latest(annaPulls, file)).isNotNull();
    assertThat(driver.findElement(By.id("timeline")).getText()).contains("Kennismaking thuis")
        .contains("Anna de Vries");
  }

  @Test
  void aFileIsClosedVisiblyEverywhereAndReopened() {
    loginAs("casemanager1");
    String family = "Sluit" + System.nanoTime();
    UUID file = intake("Jesse", family);

    submit(By.id("close-link"));
    new Select(driver.findElement(By.id("f-exit.reason"))).selectByVisibleText("Werk");
    submit(By.id("save"));

    assertThat(driver.findElement(By.id("closed-notice")).getText()).contains("Dit dossier is gesloten op");
    assertThat(driver.findElement(By.id("closed-badge")).getText()).isEqualTo("gesloten");
    open("/office/kandidaten?q=" + family);
    new Select(driver.findElement(By.id("status"))).selectByValue("gesloten");
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("status=gesloten"));
    WebElement row = waitFor(By.cssSelector("#candidates tr[data-id='" + file + "']"));
    assertThat(row.getAttribute("class")).contains("closed");
    assertThat(row.getText()).contains("gesloten");
    new Select(driver.findElement(By.id("status"))).selectByValue("open");
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("status=open"));
    browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("tr[data-id='" + file + "']"))
        .isEmpty());

    open("/office/kandidaten/" + file);
    submit(By.id("reopen"));

    assertThat(driver.findElement(By.id("result")).getText()).contains("Het dossier is heropend");
    assertThat(driver.findElements(By.id("closed-notice"))).isEmpty();
    assertThat(driver.findElement(By.id("timeline")).getText()).contains("Dossier heropend")
        .contains("Dossier afgesloten (uitstroom)");
    noScriptErrors("close and reopen");
  }

  @Test
  void aReferralIsSentAcceptedBySomeoneOfTheTeamAndSignedOff() {
    Session bram = api.login("coach1b");
    loginAs("casemanager1");
    UUID file = intake("Sem", "Warm" + System.nanoTime());
    String cursor = api.pullAll(bram).cursor();

    submit(By.id("refer-link"));
    driver.findElement(By.id("f-target-participatiecoaches")).click();
    type("f-goal", "Vrijwilligerswerk als opstap, twee ochtenden per week");
    submit(By.id("save"));
    assertThat(driver.findElement(By.id("referrals")).getText()).contains("Participatiecoaches").contains("verstuurd");

    loginAs("office1");
    open("/office/aanmeldingen");
    WebElement line = waitFor(By.xpath("//table[@id='referrals']//tr[contains(., 'twee ochtenden per week')]//a"));
    line.click();
    waitFor(By.id("answer-form"));
    new Select(driver.findElement(By.id("f-receiverId"))).selectByVisibleText("Bram Jansen");
    type("f-answer", "Ik neem deze week contact op");
    submit(By.id("accept"));
    assertThat(driver.findElement(By.id("result")).getText()).contains("geaccepteerd");
    RecordChange received = ApiClient.latest(api.pullAll(bram, cursor), file);
    assertThat(received).as("the receiver's device gets the file").isNotNull();
    assertThat(received.data().get("coachIds").toString()).contains(user("coach1b"));

    type("f-signOffReason", "Gestart bij de Voedselbank");
    submit(By.id("sign-off"));
    assertThat(driver.findElement(By.id("referral-status")).getText()).isEqualTo("afgemeld");
    open("/office/kandidaten/" + file);
    assertThat(driver.findElement(By.id("timeline")).getText()).contains("Aangemeld bij Participatiecoaches")
        .contains("Aanmelding bij Participatiecoaches geaccepteerd").contains("Bram Jansen")
        .contains("Afgemeld bij Participatiecoaches").contains("Gestart bij de Voedselbank");
    noScriptErrors("referral");
  }
}
