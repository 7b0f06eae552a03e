package nl.trede.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Plan;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.audit.AuditEventRepository;
import nl.trede.server.demo.DemoData;
import nl.trede.server.kpi.CoachingBudget;
import nl.trede.server.kpi.FileMonitor;
import nl.trede.server.kpi.KpiReport;
import nl.trede.server.kpi.KpiResult;
import nl.trede.server.kpi.KpiScope;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The office console over real HTTP against a real database, as a browser uses it: login and its
 * refusals, who sees what, the visit log's filters and pages, exports, the audit trail, conflicts.
 * Run once per database by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OfficeConsoleContract implements TestPropertyProvider {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Pattern COUNT = Pattern.compile("id=\"count\">([0-9.]+) regels");
  private static final Pattern ROW_ID = Pattern.compile("data-id=\"([0-9a-f-]{36})\"");
  private static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

  @Inject
  EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient httpClient;

  @Inject
  AuditEventRepository auditEvents;

  @Inject
  KpiService kpis;

  ApiClient api;

  @BeforeEach
  void clients() {
    api = new ApiClient(httpClient.toBlocking());
  }

  OfficeClient browser() {
    return new OfficeClient(server.getURL().toString());
  }

  OfficeClient loggedIn(String username) {
    OfficeClient browser = browser();
    assertThat(browser.login(username).status()).as("login of " + username).isEqualTo(303);
    return browser;
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  static long count(Page page) {
    Matcher m = COUNT.matcher(page.text());
    assertThat(m.find()).as("a row count on the page").isTrue();
    return Long.parseLong(m.group(1).replace(".", ""));
  }

  /** The opening tag of the table row of this record. */
  static String rowTag(String page, UUID id) {
    Matcher m = Pattern.compile("<tr[^>]*data-id=\"" + id + "\"[^>]*>").matcher(page);
    assertThat(m.find()).as("a row for " + id).isTrue();
    return m.group();
  }

  static List<String> rowIds(Page page) {
    List<String> ids = new ArrayList<>();
    Matcher m = ROW_ID.matcher(page.text());
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static UUID user(String username) {
    return DemoData.userId(username);
  }

  // ------------------------------------------------------------------ logging in

  @Test
  void aVisitorWithoutLoginIsSentToTheLoginPageAndBackAfterwards() {
    OfficeClient browser = browser();

    Page refused = browser.get("/office/kandidaten?q=jong");
    Page form = browser.get(refused.location());
    Page login = browser.post("/office/login", Map.of("username", "office1", "password", "trede-demo",
        "next", "/office/kandidaten?q=jong"));

    assertThat(refused.status()).isEqualTo(303);
    assertThat(refused.location()).isEqualTo("/office/login?next=%2Foffice%2Fkandidaten%3Fq%3Djong");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text()).contains("Inloggen").contains("value=\"/office/kandidaten?q=jong\"");
    assertThat(login.status()).isEqualTo(303);
    assertThat(login.location()).isEqualTo("/office/kandidaten?q=jong");
  }

  @Test
  void aLoginNeverRedirectsToAnotherSite() {
    Page login = browser().post("/office/login", Map.of("username", "office1", "password", "trede-demo",
        "next", "//evil.example/office/x"));

    assertThat(login.location()).isEqualTo("/office/bezoekverslagen");
  }

  @Test
  void theSessionCookieIsHttpOnlySameSiteStrictAndOnlyForTheConsole() {
    Page login = browser().login("office1");

    String cookie = login.all("Set-Cookie").stream().filter(c -> c.startsWith("trede_office=")).findFirst()
        .orElseThrow();
    assertThat(cookie.toLowerCase()).contains("httponly").contains("samesite=strict").contains("path=/office")
        .doesNotContain("max-age").doesNotContain("expires");
    // Served over plain http here; behind TLS (or a proxy saying so) the cookie is Secure.
    assertThat(cookie.toLowerCase()).doesNotContain("secure");
  }

  @Test
  void theCookieIsSecureWhenTheConsoleIsReachedOverHttps() throws Exception {
    java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.getURL() + "/office/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", server.getURL().toString()).header("X-Forwarded-Proto", "https")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=office1&password=trede-demo")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c.toLowerCase()).contains("secure"));
  }

  @Test
  void aWrongPasswordIsRefusedInDutchWithoutSayingWhichPartWasWrong() {
    OfficeClient browser = browser();

    Page wrongPassword = browser.login("office1", "verkeerd");
    Page unknownUser = browser.login("niemand", "trede-demo");

    for (Page page : List.of(wrongPassword, unknownUser)) {
      assertThat(page.status()).isEqualTo(401);
      assertThat(page.text()).contains("Gebruikersnaam of wachtwoord klopt niet.");
      assertThat(page.all("Set-Cookie")).isEmpty();
    }
    assertThat(browser.sessionToken()).isNull();
  }

  @Test
  void fieldRolesAreRefusedWithADutchExplanationAndNoSession() {
    for (String username : List.of("coach1", "jobcoach1", "jobhunter1")) {
      Page refused = browser().login(username);

      assertThat(refused.status()).as(username).isEqualTo(403);
      assertThat(refused.text()).contains("Geen toegang").contains("werkt u in de Trede-app");
      assertThat(refused.all("Set-Cookie")).as(username).isEmpty();
    }
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("office.login");
      assertThat(e.userId()).isEqualTo(user("coach1").toString());
      assertThat(e.outcome()).isEqualTo("refused-role");
    });
  }

  @Test
  void aDeviceTokenDoesNotOpenTheConsoleAndASessionIsNoDeviceToken() {
    Session device = api.login("office1");
    OfficeClient browser = loggedIn("office1");

    Page withDeviceToken = browser().get("/office/kandidaten", "Authorization", "Bearer " + device.token());
    Page syncWithSession = browser().get("/api/sync/pull", "Authorization", "Bearer " + browser.sessionToken());

    assertThat(withDeviceToken.status()).isEqualTo(403);
    assertThat(syncWithSession.status()).isEqualTo(401);
  }

  @Test
  void loggingOutEndsTheSession() {
    OfficeClient browser = loggedIn("office1");
    String token = browser.sessionToken();

    Page out = browser.post("/office/logout", browser.withCsrf(Map.of()));
    OfficeClient stolen = browser();
    stolen.useSession(token);

    assertThat(out.status()).isEqualTo(303);
    assertThat(out.location()).isEqualTo("/office/login?uitgelogd=1");
    assertThat(out.all("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("trede_office=;").containsIgnoringCase("max-age=0"));
    assertThat(stolen.get("/office/kandidaten").status()).isEqualTo(303);
  }

  @Test
  void aStateChangingRequestNeedsTheFormTokenAndAConsoleOrigin() {
    OfficeClient browser = loggedIn("office1");
    String csrf = browser.csrf();

    Page noToken = browser.post("/office/logout", Map.of());
    Page wrongToken = browser.post("/office/logout", Map.of("_csrf", "x" + csrf));
    // Another site on this machine: Micronaut's own CORS guard lets localhost origins through.
    Page otherSite = browser.postFrom("/office/logout", Map.of("_csrf", csrf), "http://localhost:1");
    Page noOrigin = browser.postFrom("/office/logout", Map.of("_csrf", csrf), null);
    // A remote site is already stopped by that guard, before the console sees it.
    Page remoteSite = browser.postFrom("/office/logout", Map.of("_csrf", csrf), "https://evil.example");

    for (Page page : List.of(noToken, wrongToken, otherSite, noOrigin)) {
      assertThat(page.status()).isEqualTo(403);
      assertThat(page.text()).contains("Verzoek geweigerd");
    }
    assertThat(remoteSite.status()).isEqualTo(403);
    assertThat(browser.get("/office/kandidaten").status()).as("still logged in").isEqualTo(200);
  }

  // ------------------------------------------------------------------ who sees what

  private List<RecordChange> live(Session device, RecordType type) {
    return api.pullAll(device).changes().stream().filter(c -> c.type() == type && !c.deleted()).toList();
  }

  @Test
  void eachMunicipalitySeesItsOwnFilesAndNeverAnothers() {
    List<RecordChange> dalfsen = live(api.login("office-dalfsen"), RecordType.CANDIDATE);
    OfficeClient overbetuwe = loggedIn("office1");
    OfficeClient dalfsenOffice = loggedIn("office-dalfsen");

    Page dalfsenList = dalfsenOffice.get("/office/kandidaten");
    assertThat(dalfsenList.text()).contains("6 kandidaten");
    for (RecordChange c : dalfsen) {
      assertThat(overbetuwe.get("/office/kandidaten/" + c.id()).status()).isEqualTo(404);
      assertThat(overbetuwe.get("/office/bezoekverslagen?candidate=" + c.id()).text()).contains("0 regels");
      assertThat(dalfsenOffice.get("/office/kandidaten/" + c.id()).status()).isEqualTo(200);
    }
    Page overbetuweLog = overbetuwe.get("/office/bezoekverslagen");
    Set<String> dalfsenRecords = api.pullAll(api.login("office-dalfsen")).changes().stream()
        .map(c -> c.id().toString()).collect(Collectors.toSet());
    assertThat(rowIds(overbetuweLog)).isNotEmpty().doesNotContainAnyElementsOf(dalfsenRecords);
    String overbetuweList = overbetuwe.get("/office/kandidaten").text();
    for (RecordChange c : dalfsen) {
      assertThat(overbetuweList).doesNotContain(
          c.data().path("givenName").asText() + " " + c.data().path("familyName").asText());
    }
  }

  @Test
  void aCaseManagerSeesOnlyTheCandidatesInTheirCaseload() {
    String family = "Buitenlijst" + suffix();
    Candidate outside = candidate("Olga", family, null, List.of(user("coach2")));
    api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, outside));
    Contact visit = contact(outside.id(), api.login("coach2").user(), LocationType.HOME, 3, false, null);
    api.push(api.login("coach2"), ApiClient.create(RecordType.CONTACT, visit));
    OfficeClient caseManager = loggedIn("casemanager1");
    OfficeClient office = loggedIn("office1");

    assertThat(caseManager.get("/office/kandidaten?q=" + family).text()).contains("0 kandidaten");
    assertThat(caseManager.get("/office/kandidaten/" + outside.id()).status()).isEqualTo(404);
    assertThat(caseManager.get("/office/bezoekverslagen?candidate=" + outside.id()).text()).contains("0 regels");
    assertThat(rowIds(caseManager.get("/office/bezoekverslagen?name=" + family))).doesNotContain(visit.id().toString());
    assertThat(caseManager.get("/office/kandidaten/export.csv").text()).doesNotContain(family);
    assertThat(caseManager.get("/office/monitoring").text()).contains("in uw caseload");

    assertThat(office.get("/office/kandidaten?q=" + family).text()).contains("1 kandidaten");
    assertThat(office.get("/office/kandidaten/" + outside.id()).status()).isEqualTo(200);
    assertThat(rowIds(office.get("/office/bezoekverslagen?candidate=" + outside.id()))).containsExactly(visit.id().toString());
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("office.view-candidate");
      assertThat(e.userId()).isEqualTo(user("casemanager1").toString());
      assertThat(e.recordId()).isEqualTo(outside.id().toString());
      assertThat(e.outcome()).isEqualTo("refused");
    });
  }

  @Test
  void viewingACandidateFileIsAuditedWithWhoWhatAndFromWhere() {
    UUID candidate = live(api.login("office1"), RecordType.CANDIDATE).get(0).id();
    OfficeClient office = loggedIn("office1");

    Page file = office.get("/office/kandidaten/" + candidate);

    assertThat(file.status()).isEqualTo(200);
    assertThat(file.text()).contains("Tijdlijn").contains("Participatieladder").contains("Plan van aanpak");
    List<AuditEvent> views = auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> e.action().equals("office.view-candidate") && candidate.toString().equals(e.recordId()))
        .toList();
    assertThat(views).last().satisfies(e -> {
      assertThat(e.userId()).isEqualTo(user("office1").toString());
      assertThat(e.recordType()).isEqualTo("candidate");
      assertThat(e.outcome()).isEqualTo("ok");
      assertThat(e.remoteAddress()).isNotBlank();
      assertThat(e.at()).isNotNull();
    });
  }

  @Test
  void aDeletedRecordLeavesNoEntryOnTheCandidatesTimeline() {
    Session office = api.login("office1");
    Session carla = api.login("coach2");
    Candidate c = candidate("Tijdlijn", "Proef" + suffix(), user("casemanager1"), List.of(carla.user()));
    assertApplied(api.push(office, ApiClient.create(RecordType.CANDIDATE, c)));
    Placement kept = volunteering(c.id(), carla.user(), "Kringloop De Linge");
    Placement withdrawn = volunteering(c.id(), carla.user(), "Buurthuis De Stek");
    assertApplied(api.push(carla, ApiClient.create(RecordType.PLACEMENT, kept),
        ApiClient.create(RecordType.PLACEMENT, withdrawn)));
    assertApplied(api.push(carla, new Mutation(Ids.newId(), RecordType.PLACEMENT, withdrawn.id(), MutationKind.DELETE,
        1, null, List.of(), java.time.Instant.now())));

    String page = loggedIn("office1").get("/office/kandidaten/" + c.id()).text();

    assertThat(page).contains("Kringloop De Linge").doesNotContain("Buurthuis De Stek");
    assertThat(page.split("data-kind=\"placement\"", -1)).as("one placement entry").hasSize(2);
  }

  private static Placement volunteering(UUID candidate, UUID coach, String organisation) {
    LocalDate start = today().minusWeeks(3);
    return new Placement(Ids.newId(), candidate, PlacementKind.VOLUNTEERING, null, organisation, "Vrijwilliger",
        null, null, start, start.plusMonths(6), null, null, new BigDecimal("8"), null, false, List.of(), null, coach);
  }

  // ------------------------------------------------------------------ the visit log

  /** One candidate's history with every kind of entry, recorded by three people. */
  record Fixture(LocalDate day, Candidate candidate, Employer employer, Contact home, Contact phone, Contact noShow,
      Contact atWork, LadderStep intake, CoachingHours hours) {
    Set<String> ids() {
      return Stream.of(home.id(), phone.id(), noShow.id(), atWork.id(), intake.id(), hours.id())
          .map(UUID::toString).collect(Collectors.toSet());
    }
  }

  Fixture fixture() {
    LocalDate day = today();
    Session office = api.login("office1");
    Session carla = api.login("coach2");
    Session eva = api.login("jobhunter1");
    Session dirk = api.login("jobcoach1");
    Candidate c = candidate("Filter", "Proef" + suffix(), user("casemanager1"), List.of(carla.user(), dirk.user()));
    Employer employer = new Employer(Ids.newId(), "Testbedrijf " + suffix(), "12345678", Sector.RETAIL, null, null,
        null, null, false, false);
    assertApplied(api.push(office, ApiClient.create(RecordType.CANDIDATE, c)));
    assertApplied(api.push(eva, ApiClient.create(RecordType.EMPLOYER, employer)));
    Contact home = contact(c.id(), carla.user(), LocationType.HOME, 20, false, null);
    Contact phone = contact(c.id(), carla.user(), LocationType.PHONE, 10, false, null);
    Contact noShow = contact(c.id(), carla.user(), LocationType.HOME, 5, true, null);
    Contact atWork = contact(c.id(), dirk.user(), LocationType.WORKPLACE, 3, false, employer.id());
    LadderStep intake = new LadderStep(Ids.newId(), c.id(), null, 3, today().minusDays(30), "Intake", carla.user(), null);
    CoachingHours hours = new CoachingHours(Ids.newId(), c.id(), employer.id(), today().minusDays(2), 6,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(), null, null, null, null, null);
    assertApplied(api.push(carla, ApiClient.create(RecordType.CONTACT, home), ApiClient.create(RecordType.CONTACT, phone),
        ApiClient.create(RecordType.CONTACT, noShow), ApiClient.create(RecordType.LADDER_STEP, intake)));
    assertApplied(api.push(dirk, ApiClient.create(RecordType.CONTACT, atWork),
        ApiClient.create(RecordType.COACHING_HOURS, hours)));
    return new Fixture(day, c, employer, home, phone, noShow, atWork, intake, hours);
  }

  private static void assertApplied(List<MutationResult> results) {
    assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(MutationResult.Applied.class));
  }

  @Test
  void theVisitLogFiltersByCandidateKindCoachEmployerLocationNoShowPeriodAndSyncDate() {
    Fixture f = fixture();
    OfficeClient office = loggedIn("office1");
    String mine = "/office/bezoekverslagen?candidate=" + f.candidate().id();
    Set<String> all = f.ids();

    assertThat(new HashSet<>(rowIds(office.get(mine)))).isEqualTo(all);
    assertThat(new HashSet<>(rowIds(office.get("/office/bezoekverslagen?name=" + f.candidate().familyName()))))
        .isEqualTo(all);
    assertThat(rowIds(office.get(mine + "&kind=contact")))
        .containsExactlyInAnyOrder(ids(f.home(), f.phone(), f.noShow(), f.atWork()));
    assertThat(rowIds(office.get(mine + "&kind=ladder-step"))).containsExactly(f.intake().id().toString());
    assertThat(rowIds(office.get(mine + "&location=PHONE"))).containsExactly(f.phone().id().toString());
    assertThat(rowIds(office.get(mine + "&noShow=1"))).containsExactly(f.noShow().id().toString());
    // Newest first: the hours of two days ago before the workplace visit of three days ago.
    assertThat(rowIds(office.get(mine + "&coach=" + user("jobcoach1"))))
        .containsExactly(f.hours().id().toString(), f.atWork().id().toString());
    assertThat(rowIds(office.get("/office/bezoekverslagen?employer=" + f.employer().id())))
        .containsExactly(f.hours().id().toString(), f.atWork().id().toString());
    assertThat(rowIds(office.get(mine + "&from=" + today().minusDays(12) + "&to=" + today().minusDays(4))))
        .containsExactly(f.noShow().id().toString(), f.phone().id().toString());
    assertThat(new HashSet<>(rowIds(office.get(mine + "&syncedFrom=" + f.day())))).isEqualTo(all);
    assertThat(rowIds(office.get(mine + "&syncedTo=" + f.day().minusDays(1)))).isEmpty();
    assertThat(count(office.get(mine + "&kind=contact&location=HOME"))).isEqualTo(2);
  }

  @Test
  void aNoShowIsHighlightedAndACorrectionMarksWhatItReplaces() {
    Fixture f = fixture();
    Session dirk = api.login("jobcoach1");
    CoachingHours correction = new CoachingHours(Ids.newId(), f.candidate().id(), f.employer().id(),
        f.hours().date(), 8, CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(), "Correctie", null,
        null, f.hours().id(), null);
    assertApplied(api.push(dirk, ApiClient.create(RecordType.COACHING_HOURS, correction)));
    OfficeClient office = loggedIn("office1");

    String page = office.get("/office/bezoekverslagen?candidate=" + f.candidate().id()).text();

    assertThat(rowTag(page, f.noShow().id())).contains("class=\"noshow\"");
    assertThat(rowTag(page, f.hours().id())).contains("class=\"superseded\"");
    assertThat(rowTag(page, f.phone().id())).doesNotContain("noshow").doesNotContain("superseded");
    assertThat(page).contains(">Niet verschenen<").contains(">Correctie<").contains(">Vervangen<");
  }

  @Test
  void twoOfflineCorrectionsOfOneEntryCountOnceInTheLogAndOnTheFileTheOneMadeLast() {
    // Two phones correct the same hours offline; the one made later reaches the server first. The
    // one rule (nl.trede.domain.Corrections): the one made last counts, the other is set aside, as
    // in the figures and the field app's hours ledger. Before: both corrections showed as counting.
    Fixture f = fixture();
    Session dirk = api.login("jobcoach1");
    CoachingHours first = new CoachingHours(Ids.newId(), f.candidate().id(), f.employer().id(), f.hours().date(), 8,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(), "Correctie telefoon", null, null,
        f.hours().id(), null);
    CoachingHours later = new CoachingHours(Ids.newId(), f.candidate().id(), f.employer().id(), f.hours().date(), 4,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(), "Correctie tablet", null, null,
        f.hours().id(), null);
    assertApplied(api.push(dirk, ApiClient.create(RecordType.COACHING_HOURS, later)));
    assertApplied(api.push(dirk, ApiClient.create(RecordType.COACHING_HOURS, first)));
    OfficeClient office = loggedIn("office1");

    String log = office.get("/office/bezoekverslagen?candidate=" + f.candidate().id()).text();
    String file = office.get("/office/kandidaten/" + f.candidate().id()).text();

    assertThat(rowTag(log, f.hours().id())).contains("superseded");
    assertThat(rowTag(log, first.id())).contains("superseded");
    assertThat(rowTag(log, later.id())).doesNotContain("superseded");
    assertThat(timelineTag(file, f.hours().id())).contains("superseded");
    assertThat(timelineTag(file, first.id())).contains("superseded");
    assertThat(timelineTag(file, later.id())).doesNotContain("superseded");
  }

  /** The opening tag of the candidate page's timeline entry of this record. */
  static String timelineTag(String page, UUID id) {
    Matcher m = Pattern.compile("<li[^>]*data-id=\"" + id + "\"[^>]*>").matcher(page);
    assertThat(m.find()).as("a timeline entry for " + id).isTrue();
    return m.group();
  }

  @Test
  void theVisitLogPagesThroughEveryRowOnceNewestFirst() {
    fixture();
    OfficeClient office = loggedIn("office1");
    Page page = office.get("/office/bezoekverslagen");
    long total = count(page);
    List<String> seen = new ArrayList<>(rowIds(page));
    int pages = 1;
    Matcher next = NEXT.matcher(page.text());
    while (next.find()) {
      page = office.get(next.group(1).replace("&amp;", "&"));
      assertThat(count(page)).isEqualTo(total);
      seen.addAll(rowIds(page));
      pages++;
      next = NEXT.matcher(page.text());
    }

    assertThat(total).isGreaterThan(100);
    assertThat(pages).isEqualTo((int) Math.ceil(total / 50.0));
    assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
  }

  // ------------------------------------------------------------------ exports

  @Test
  void exportsHoldTheRowsOfTheScreenAndAreAudited() throws IOException {
    Fixture f = fixture();
    OfficeClient office = loggedIn("office1");
    String filter = "candidate=" + f.candidate().id() + "&kind=contact";

    Page csv = office.get("/office/bezoekverslagen/export.csv?" + filter);
    Page xlsx = office.get("/office/bezoekverslagen/export.xlsx?" + filter);

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition").orElseThrow()).contains("attachment").contains(".csv");
    assertThat(new byte[] {csv.bytes()[0], csv.bytes()[1], csv.bytes()[2]})
        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    List<String> lines = csv.text().substring(1).lines().toList();
    assertThat(lines.get(0)).startsWith("Datum;Tijd;Soort;Kandidaat;Werkgever;Locatie;Niet verschenen");
    assertThat(lines).hasSize(1 + 4);
    assertThat(lines.get(0)).endsWith(";Record-id;Ontvangen na overdracht");
    assertThat(lines.subList(1, 5)).allSatisfy(l -> assertThat(l).endsWith(";nee"));
    assertThat(lines.subList(1, 5)).allSatisfy(l -> assertThat(l).contains(";Contact;Filter " + f.candidate().familyName()));
    assertThat(lines).filteredOn(l -> l.contains(";" + f.noShow().id() + ";")).singleElement()
        .satisfies(l -> assertThat(l).contains(";Thuis;ja;nee;0;"));
    assertThat(lines).filteredOn(l -> l.contains(";" + f.phone().id() + ";")).singleElement()
        .satisfies(l -> assertThat(l).startsWith(f.phone().occurredAt().atZone(ZONE).toLocalDate()
            .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ";14:00;"));

    assertThat(xlsx.status()).isEqualTo(200);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(1 + 4);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Datum");
      assertThat(rows.get(0).getCellText(6)).isEqualTo("Niet verschenen");
      assertThat(rows.subList(1, 5)).extracting(r -> r.getCellText(21))
          .containsExactlyInAnyOrder(ids(f.home(), f.phone(), f.noShow(), f.atWork()));
      Row home = rows.stream().filter(r -> r.getCellText(21).equals(f.home().id().toString())).findFirst().orElseThrow();
      assertThat(home.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(45));
      assertThat(home.getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(today().minusDays(20));
    }

    List<AuditEvent> exports = auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> e.action().equals("office.export") && e.detail() != null && e.detail().contains(f.candidate().id().toString()))
        .toList();
    assertThat(exports).hasSize(2).allSatisfy(e -> {
      assertThat(e.userId()).isEqualTo(user("office1").toString());
      assertThat(e.recordType()).isEqualTo("bezoekverslagen");
      assertThat(e.detail()).contains("rows=4").contains("kind=contact");
      assertThat(e.remoteAddress()).isNotBlank();
    });
    assertThat(exports).extracting(AuditEvent::detail).anySatisfy(d -> assertThat(d).startsWith("format=csv"))
        .anySatisfy(d -> assertThat(d).startsWith("format=xlsx"));
  }

  @Test
  void everyListExportsToCsvAndExcel() throws IOException {
    OfficeClient admin = loggedIn("admin1");
    for (String list : List.of("/office/bezoekverslagen", "/office/kandidaten", "/office/conflicten", "/office/audit")) {
      Page csv = admin.get(list + "/export.csv");
      Page xlsx = admin.get(list + "/export.xlsx");

      assertThat(csv.status()).as(list).isEqualTo(200);
      assertThat(csv.text().lines().count()).as(list).isGreaterThan(1);
      assertThat(xlsx.status()).as(list).isEqualTo(200);
      try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
        assertThat(workbook.getFirstSheet().read()).as(list).hasSizeGreaterThan(1);
      }
    }
    assertThat(admin.get("/office/kandidaten/export.pdf").status()).isEqualTo(404);
  }

  // ------------------------------------------------------------------ conflicts

  @Test
  void aConflictIsResolvedFromTheConsoleAndEveryDeviceReceivesTheChoice() {
    Session eva = api.login("jobhunter1");
    Session anna = api.login("coach1");
    Employer employer = new Employer(Ids.newId(), "Conflictbedrijf " + suffix(), "87654321", Sector.HOSPITALITY,
        null, "Sanne Aalbers", null, null, false, false);
    assertApplied(api.push(eva, ApiClient.create(RecordType.EMPLOYER, employer)));
    String evasCursor = api.pullAll(eva).cursor();
    api.push(eva, ApiClient.update(RecordType.EMPLOYER, employer.id(), 1, ApiClient.fields().put("contactPerson", "Sanne Jansen")));
    List<MutationResult> annas = api.push(anna, ApiClient.update(RecordType.EMPLOYER, employer.id(), 1,
        ApiClient.fields().put("contactPerson", "Joop Aalbers")));
    assertThat(annas).singleElement().isInstanceOf(MutationResult.Conflicted.class);
    OfficeClient office = loggedIn("office1");

    String list = office.get("/office/conflicten").text();
    assertThat(list).contains(employer.name()).contains("Sanne Jansen").contains("Joop Aalbers")
        .contains("Contactpersoon").contains("Eva Smit").contains("Anna de Vries");
    String conflictId = ((MutationResult.Conflicted) annas.get(0)).conflicts().get(0).id().toString();
    Page resolved = office.post("/office/conflicten/" + employer.id() + "/oplossen",
        office.withCsrf(Map.of("conflictId", conflictId, "choice", "proposed")));
    Page again = office.post("/office/conflicten/" + employer.id() + "/oplossen",
        office.withCsrf(Map.of("conflictId", conflictId, "choice", "current")));

    assertThat(resolved.location()).isEqualTo("/office/conflicten?result=resolved");
    assertThat(again.location()).isEqualTo("/office/conflicten?result=gone");
    RecordChange received = api.pull(eva, evasCursor, 100).changes().stream()
        .filter(c -> c.id().equals(employer.id())).reduce((a, b) -> b).orElseThrow();
    assertThat(received.data().get("contactPerson").asText()).isEqualTo("Joop Aalbers");
    assertThat(received.conflicts()).isEmpty();
    assertThat(office.get("/office/conflicten").text()).doesNotContain(employer.name());
    List<AuditEvent> trail = auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> employer.id().toString().equals(e.recordId()) && e.userId() != null
            && e.userId().equals(user("office1").toString()))
        .toList();
    assertThat(trail).extracting(AuditEvent::action).contains("sync.update", "office.resolve-conflict");
  }

  // ------------------------------------------------------------------ audit and monitoring

  @Test
  void theAuditLogIsForAdminsOnlyAndFiltersByUserActionAndPeriod() {
    OfficeClient office = loggedIn("office1");
    office.get("/office/bezoekverslagen/export.csv");
    OfficeClient admin = loggedIn("admin1");

    Page refused = office.get("/office/audit");
    Page exports = admin.get("/office/audit?action=office.export&user=" + user("office1"));
    Page logins = admin.get("/office/audit?action=office.login&from=" + today().minusDays(1) + "&to=" + today().plusDays(1));
    Page before = admin.get("/office/audit?to=2000-01-01");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).contains("Geen toegang");
    assertThat(office.get("/office/bezoekverslagen").text()).doesNotContain("href=\"/office/audit\"");
    assertThat(admin.get("/office/bezoekverslagen").text()).contains("href=\"/office/audit\"");
    assertThat(exports.status()).isEqualTo(200);
    assertThat(actions(exports)).isNotEmpty().containsOnly("office.export");
    assertThat(exports.text()).contains("format=csv").contains("Gerrit Mulder");
    assertThat(actions(logins)).isNotEmpty().containsOnly("office.login");
    assertThat(actions(before)).isEmpty();
  }

  private static Set<String> actions(Page page) {
    Set<String> actions = new LinkedHashSet<>();
    Matcher m = Pattern.compile("data-action=\"([^\"]+)\"").matcher(page.text());
    while (m.find()) {
      actions.add(m.group(1));
    }
    return actions;
  }

  @Test
  void everyDashboardShowsFiguresAChartAndItsTableForThePeriodAsked() {
    OfficeClient office = loggedIn("office1");
    Page index = office.get("/office/monitoring");
    List<String> dashboards = List.of("doelen", "maandrapportage", "achterstallige-contacten", "tredebewegingen",
        "doorstroom", "uitkeringsduur-en-deelname", "jobcoach-uren", "instrumenten-en-budget");
    LocalDate from = today().minusMonths(6);
    LocalDate to = today().minusDays(1);
    String period = "from=" + from + "&to=" + to;
    java.time.format.DateTimeFormatter dutch = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    for (String id : dashboards) {
      assertThat(index.text()).contains("href=\"/office/monitoring/" + id + "\"");
      Page page = office.get("/office/monitoring/" + id + "?" + period);
      assertThat(page.status()).as(id).isEqualTo(200);
      assertThat(page.text()).as(id).contains("data-chart=").contains("class=\"figure").contains("<table class=\"data\"")
          .contains(to.format(dutch));
      Matcher export = Pattern.compile("href=\"(/office/monitoring/" + id + "/export\\.csv\\?[^\"]+)\"").matcher(page.text());
      assertThat(export.find()).as(id + " exports").isTrue();
      Page csv = office.get(export.group(1).replace("&amp;", "&"));
      assertThat(csv.status()).as(id).isEqualTo(200);
      assertThat(csv.text().lines().findFirst().orElseThrow()).as(id).contains(";");
      assertThat(csv.header("Content-Disposition").orElseThrow()).contains(id);
    }
    assertThat(office.get("/office/monitoring/bestaat-niet").status()).isEqualTo(404);
  }

  // ------------------------------------------------------------------ dashboards from the configuration

  /** The CSV of a page's panel, with the page's own export link (the filters on screen), as lines. */
  private static List<String[]> panelCsv(OfficeClient client, Page page, String panel) {
    Matcher export = Pattern.compile("href=\"([^\"]+/export\\.csv\\?panel=" + panel + "&[^\"]*)\"").matcher(page.text());
    assertThat(export.find()).as("an export of panel " + panel).isTrue();
    Page csv = client.get(export.group(1).replace("&amp;", "&"));
    assertThat(csv.status()).isEqualTo(200);
    return csv.text().substring(1).lines().map(l -> l.split(";", -1)).toList();
  }

  private static KpiScope overbetuwe() {
    return KpiScope.municipality("overbetuwe");
  }

  @Test
  void theGoalsAreOverbetuwesOwnKpisEachAgainstItsTargetOverItsOwnPeriod() throws IOException {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/doelen");
    List<String[]> csv = panelCsv(office, page, "doelen");
    KpiReport expected = kpis.current(overbetuwe(), today());

    assertThat(page.text()).contains("Taalgroep neemt deel aan een traject")
        .contains("Groeigroep maakt een stap op de participatieladder").contains("Binnen 12 maanden inzetbaar heeft betaald werk")
        .contains("Elk doel over zijn eigen periode").doesNotContain("Zorg stroomt door");
    assertThat(csv.get(0)).startsWith("Doel", "Wat telt mee", "Doelgroep", "Gelukt", "Percentage (%)",
        "Streefwaarde (%)", "Oordeel", "Van", "Tot en met", "Loopt over", "Besproken per");
    assertThat(csv).hasSize(1 + expected.kpis().size());
    String yearStart = today().withDayOfYear(1).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    for (int i = 0; i < expected.kpis().size(); i++) {
      KpiResult k = expected.kpis().get(i);
      String[] row = csv.get(i + 1);
      assertThat(row[0]).isEqualTo(k.title());
      // Next to each figure, what it counted in plain Dutch, with the same numbers.
      assertThat(row[1]).as(k.key()).startsWith(k.successes() + " van de " + k.populationSize() + " ")
          .contains("terwijl hun dossier open was");
      assertThat(page.text()).contains(row[1]);
      assertThat(Integer.parseInt(row[2])).as(k.key()).isEqualTo(k.populationSize());
      assertThat(Integer.parseInt(row[3])).as(k.key()).isEqualTo(k.successes());
      assertThat(row[6]).isEqualTo(k.met() == null ? "geen kandidaten in de doelgroep" : k.met() ? "gehaald" : "niet gehaald");
      // 000 §7: every target over the plan year so far, reviewed monthly.
      assertThat(row[7]).isEqualTo(yearStart);
      assertThat(row[9]).isEqualTo("jaar");
      assertThat(row[10]).isEqualTo("maand");
    }
    KpiResult meedoen = expected.kpis().get(3);
    assertThat(csv.get(4)[1]).startsWith(meedoen.successes() + " van de " + meedoen.populationSize()
        + " inwoners in het meedoen-spoor zijn in ").endsWith(" gesproken terwijl hun dossier open was");
    Page xlsx = office.get("/office/monitoring/doelen/export.xlsx?panel=doelen&preset=eigen-periode");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(1 + expected.kpis().size());
      assertThat(rows.get(1).getCellText(0)).isEqualTo(expected.kpis().get(0).title());
      assertThat(rows.get(1).getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(expected.kpis().get(0).populationSize());
    }
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("office.export");
      assertThat(e.recordType()).isEqualTo("doelen-doelen");
      assertThat(e.detail()).contains("preset=eigen-periode");
    });
  }

  @Test
  void oneChosenPeriodCountsForEveryGoalAndTheDrillDownListsWhoCounts() {
    OfficeClient office = loggedIn("office1");
    LocalDate from = today().minusMonths(3).withDayOfMonth(1);
    LocalDate to = today().minusDays(1);

    Page page = office.get("/office/monitoring/doelen?from=" + from + "&to=" + to + "&doel=groei-stap");
    KpiResult groei = kpis.compute(overbetuwe(), from, to).kpis().stream().filter(k -> k.key().equals("groei-stap"))
        .findFirst().orElseThrow();
    List<String[]> who = panelCsv(office, page, "kandidaten");

    assertThat(page.text()).contains("Wie telt mee: Groeigroep maakt een stap op de participatieladder");
    assertThat(who.get(0)).containsExactly("Kandidaat", "Gelukt");
    assertThat(who).hasSize(1 + groei.populationSize());
    assertThat(who.stream().skip(1).filter(r -> r[1].equals("ja")).count()).isEqualTo(groei.successes());
    Matcher link = Pattern.compile("href=\"/office/kandidaten/([0-9a-f-]{36})\"").matcher(
        page.text().substring(page.text().indexOf("id=\"panel-kandidaten\"")));
    Set<String> linked = new HashSet<>();
    while (link.find()) {
      linked.add(link.group(1));
    }
    assertThat(linked).containsExactlyInAnyOrderElementsOf(groei.populationIds().stream().map(UUID::toString).toList());
    // A KPI the configuration does not have falls back to the first.
    assertThat(office.get("/office/monitoring/doelen?doel=bestaat-niet").text())
        .contains("Wie telt mee: Taalgroep neemt deel aan een traject");
  }

  @Test
  void aCaseManagersGoalsAndMonitorCoverTheirOwnCaseload() {
    String family = "Taalgroep" + suffix();
    Candidate outside = new Candidate(Ids.newId(), "Olga", family, LocalDate.of(1990, 5, 5), null, null, null,
        List.of(user("coach2")), today().minusMonths(24), Set.of(nl.trede.domain.candidate.CandidateFlag.LANGUAGE_BELOW_LEVEL),
        Map.of("spoor", "groei"), null, List.of(), List.of(), new Plan("Doel", "Steun", 12, 14, "Onderbouwing"), null,
        null, null, null, null);
    assertApplied(api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, outside)));
    OfficeClient caseManager = loggedIn("casemanager1");
    OfficeClient office = loggedIn("office1");
    String query = "?from=" + today().withDayOfMonth(1) + "&to=" + today() + "&doel=taal-traject";

    String theirs = caseManager.get("/office/monitoring/doelen" + query).text();
    String all = office.get("/office/monitoring/doelen" + query).text();
    List<String[]> theirFiles = panelCsv(caseManager, caseManager.get("/office/monitoring/maandrapportage"), "bestand");
    List<String[]> allFiles = panelCsv(office, office.get("/office/monitoring/maandrapportage"), "bestand");

    assertThat(theirs).contains("Alleen de kandidaten in uw eigen caseload.").doesNotContain(family);
    assertThat(all).contains("Olga " + family);
    LocalDate lastMonthEnd = today().withDayOfMonth(1).minusDays(1);
    FileMonitor.Result caseload = kpis.monitor(KpiScope.caseload("overbetuwe", user("casemanager1").toString()),
        lastMonthEnd.withDayOfMonth(1), lastMonthEnd, kpis.configuration("overbetuwe").orElseThrow().dimensions().get(0));
    FileMonitor.Result municipality = kpis.monitor(overbetuwe(), lastMonthEnd.withDayOfMonth(1), lastMonthEnd,
        kpis.configuration("overbetuwe").orElseThrow().dimensions().get(0));
    assertThat(theirFiles.get(theirFiles.size() - 1)).startsWith("Totaal", String.valueOf(caseload.open()));
    assertThat(allFiles.get(allFiles.size() - 1)).startsWith("Totaal", String.valueOf(municipality.open()));
    assertThat(municipality.open()).isGreaterThan(caseload.open());
  }

  @Test
  void theMonitorSplitsTheFileByTheDimensionChosenWithTheConfigurationsLabels() {
    OfficeClient office = loggedIn("office1");
    LocalDate lastMonthEnd = today().withDayOfMonth(1).minusDays(1);
    var config = kpis.configuration("overbetuwe").orElseThrow();

    Page bySpoor = office.get("/office/monitoring/maandrapportage");
    Page byProfile = office.get("/office/monitoring/maandrapportage?preset=last-month&indeling=profiel");
    Page unknown = office.get("/office/monitoring/maandrapportage?indeling=bestaat-niet");
    List<String[]> spoor = panelCsv(office, bySpoor, "bestand");
    List<String[]> profile = panelCsv(office, byProfile, "bestand");
    FileMonitor.Result expected = kpis.monitor(overbetuwe(), lastMonthEnd.withDayOfMonth(1), lastMonthEnd,
        config.dimension("profiel").orElseThrow());

    assertThat(spoor.get(0)[0]).isEqualTo("Spoor");
    assertThat(spoor.stream().map(r -> r[0]).toList()).containsSequence("Focus op werk", "Focus op groei",
        "Focus op meedoen", "Nog niet ingedeeld");
    assertThat(profile.get(0)[0]).isEqualTo("Klantprofiel");
    assertThat(profile.get(1)[0]).isEqualTo("Profiel 1: binnen 3 tot 6 maanden naar werk");
    for (int i = 0; i < expected.split().size(); i++) {
      assertThat(Integer.parseInt(profile.get(i + 1)[1])).isEqualTo(expected.split().get(i).files());
    }
    assertThat(byProfile.text()).contains("Kandidaten in een traject").contains("Instroom").contains("Uitstroom")
        .contains("Doelgroep banenafspraak (doelgroepregister)").contains("Statushouders")
        .contains("<option value=\"profiel\" selected=\"selected\">");
    assertThat(unknown.text()).contains("<option value=\"spoor\" selected=\"selected\">");
    List<String[]> groups = panelCsv(office, byProfile, "doelgroepen");
    assertThat(groups.get(1)).startsWith("Doelgroep banenafspraak (doelgroepregister)",
        String.valueOf(expected.groups().targetGroupRegister()));
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.recordType()).isEqualTo("maandrapportage-bestand");
      assertThat(e.detail()).contains("indeling=profiel");
    });
  }

  @Test
  void movementWithinTheFileIsAMatrixOfTheChosenDimensionBetweenTwoDates() {
    OfficeClient office = loggedIn("office1");
    LocalDate a = today().minusMonths(12);
    LocalDate b = today();

    Page page = office.get("/office/monitoring/doorstroom?from=" + a + "&to=" + b);
    List<String[]> matrix = panelCsv(office, page, "matrix");
    var result = kpis.classificationTransitions(overbetuwe(),
        kpis.configuration("overbetuwe").orElseThrow().dimension("spoor").orElseThrow(), a, b);

    assertThat(page.text()).contains("Overgangsmatrix Spoor").contains("Wie stroomde door");
    assertThat(matrix.get(0)).containsExactly("Spoor op datum A", "Naar Focus op werk", "Naar Focus op groei",
        "Naar Focus op meedoen", "Naar Nog niet ingedeeld", "Naar Te herzien", "Naar Uitgestroomd", "Totaal");
    assertThat(matrix.get(1)).startsWith("Focus op werk", String.valueOf(result.cell("werk", "werk")));
    assertThat(matrix.get(matrix.size() - 1)).startsWith("Totaal").endsWith(String.valueOf(result.population()));
    // The demo moves candidates who stepped up: meedoen to groei, groei to werk.
    assertThat(result.moved()).isPositive();
    assertThat(panelCsv(office, page, "doorgestroomd")).hasSize(1 + result.moved());
    assertThat(office.get("/office/monitoring/doorstroom?indeling=profiel").text()).contains("Overgangsmatrix Klantprofiel");
  }

  @Test
  void coachingHoursAreComparedWithTheBudgetTheGrantedHoursAndThePlannedEnd() {
    OfficeClient office = loggedIn("office1");
    LocalDate from = today().withDayOfYear(1);

    Page page = office.get("/office/monitoring/jobcoach-uren?preset=this-year");
    CoachingBudget.Result expected = kpis.coachingBudget(overbetuwe(), from, today());
    List<String[]> months = panelCsv(office, page, "per-maand");
    List<String[]> placements = panelCsv(office, page, "per-plaatsing");
    List<String[]> overruns = panelCsv(office, page, "over-einddatum");

    // Overbetuwe's participatiebudget allows 320 jobcoach hours a month (001 §5.2.2).
    assertThat(months.get(0)).containsExactly("Maand", "Uren", "Boekingen", "Budget (uren)", "Verbruikt (%)");
    assertThat(months.get(1)[3]).isEqualTo("320");
    assertThat(page.text()).contains("Participatiebudget (re-integratie en tijdelijke jobcoaching): 320 uur per maand");
    assertThat(placements).hasSize(1 + expected.coached().size());
    assertThat(placements.get(0)).contains("Toegekend (uren)", "Gebruikt (uren)");
    // The demo's jobcoaching for every fourth placed candidate was planned to end two weeks ago.
    assertThat(expected.overruns()).hasSize(3);
    assertThat(overruns).hasSize(1 + 3);
    assertThat(overruns.stream().skip(1).map(r -> r[0]).toList())
        .containsExactlyInAnyOrderElementsOf(expected.overruns().stream().map(CoachingBudget.Coached::candidate).toList());
    assertThat(overruns.stream().skip(1).map(r -> r[4])).containsOnly("14");
    assertThat(overruns.get(1)[2]).isEqualTo("Dirk Visser");
  }

  @Test
  void instrumentsAreCountedPerCatalogueEntryAndBudgetLineOfTheConfiguration() {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/instrumenten-en-budget?preset=this-year");
    var expected = kpis.instrumentSpending(overbetuwe(), today().withDayOfYear(1), today(),
        kpis.configuration("overbetuwe").orElseThrow().dimensions().get(0));
    List<String[]> lines = panelCsv(office, page, "budgetregels");
    List<String[]> instruments = panelCsv(office, page, "instrumenten");

    assertThat(lines.stream().skip(1).map(r -> r[0]).toList()).startsWith(
        "BUIG (uitkeringen, loonkostensubsidie en structurele jobcoaching)",
        "Participatiebudget (re-integratie en tijdelijke jobcoaching)", "Projectbudget participatie 2019");
    // 001 §3.3: the municipal jobcoach is temporary jobcoaching, on the participatiebudget.
    assertThat(instruments.stream().skip(1).map(r -> r[0]).toList()).contains("Loonkostensubsidie",
        "Jobcoach Overbetuwe (tijdelijk)");
    assertThat(instruments).hasSize(1 + expected.perInstrument().size());
    assertThat(expected.grants()).isPositive();
    assertThat(page.text()).contains("Per klantmanager").contains("Fatima El Amrani");
  }

  @Test
  void aPeriodTypedTheWrongWayRoundIsTurnedAroundAndSaidSo() {
    OfficeClient office = loggedIn("office1");

    Page page = office.get("/office/monitoring/jobcoach-uren?from=" + today() + "&to=" + today().minusMonths(2));

    assertThat(page.text()).contains("omgedraaid")
        .contains("value=\"" + today().minusMonths(2) + "\"").contains("value=\"" + today() + "\"");
  }

  // ------------------------------------------------------------------ helpers

  /** Six random letters: a name no other test uses, and one a name search finds as it is. */
  private static String suffix() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  private static String[] ids(Contact... contacts) {
    return Stream.of(contacts).map(c -> c.id().toString()).toArray(String[]::new);
  }

  static Candidate candidate(String given, String family, UUID caseManager, List<UUID> coaches) {
    return new Candidate(Ids.newId(), given, family, LocalDate.of(1990, 5, 5), null, null, caseManager, coaches,
        today().minusMonths(24), Set.of(), Map.of(), null, List.of(), List.of(),
        new Plan("Doel", "Steun", 12, 14, "Onderbouwing"), null, null, null, null, null);
  }

  static Contact contact(UUID candidate, UUID author, LocationType where, int daysAgo, boolean noShow, UUID employer) {
    return new Contact(Ids.newId(), candidate, employer, author, where,
        today().minusDays(daysAgo).atTime(where == LocationType.PHONE ? 14 : 10, 0).atZone(ZONE).toInstant(),
        noShow ? 0 : 45, null, noShow ? "Niet thuis" : "Gesprek", null, null, noShow, false, null);
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
