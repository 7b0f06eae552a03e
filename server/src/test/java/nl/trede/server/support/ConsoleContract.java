package nl.trede.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import nl.trede.server.audit.AuditEventRepository;
import nl.trede.server.demo.DemoData;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.OfficeClient;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;

/**
 * What every page contract of the office console stands on: a running server on a real database,
 * a device API client and a browser-like client, the demo users, and the records the pages are
 * tested with. Each page's contract (office.session, .candidates, .visits, .export, .conflicts,
 * .audit, .monitoring) extends it and runs once per database by its Sqlite and Postgres subclasses.
 */
public abstract class ConsoleContract extends ApiContract {
  /** The municipalities' time zone: what "today" and a visit's date mean on the pages. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Pattern COUNT = Pattern.compile("id=\"count\">([0-9.]+) regels");
  private static final Pattern ROW_ID = Pattern.compile("data-id=\"([0-9a-f-]{36})\"");

  @Inject
  protected EmbeddedServer server;

  @Inject
  protected AuditEventRepository auditEvents;

  @Inject
  protected KpiService kpis;

  protected OfficeClient browser() {
    return new OfficeClient(server.getURL().toString());
  }

  protected OfficeClient loggedIn(String username) {
    OfficeClient browser = browser();
    assertThat(browser.login(username).status()).as("login of " + username).isEqualTo(303);
    return browser;
  }

  /** A database's settings with the demo of another municipality than Overbetuwe, for the contracts of its own rules. */
  protected static Map<String, String> withDemoOf(String municipality, Map<String, String> database) {
    Map<String, String> properties = new java.util.HashMap<>(database);
    properties.put("trede.demo.municipality", municipality);
    return properties;
  }

  protected static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** The row count a list page shows ("1.234 regels"). */
  public static long count(Page page) {
    Matcher m = COUNT.matcher(page.text());
    assertThat(m.find()).as("a row count on the page").isTrue();
    return Long.parseLong(m.group(1).replace(".", ""));
  }

  /** The opening tag of the table row of this record. */
  protected static String rowTag(String page, UUID id) {
    Matcher m = Pattern.compile("<tr[^>]*data-id=\"" + id + "\"[^>]*>").matcher(page);
    assertThat(m.find()).as("a row for " + id).isTrue();
    return m.group();
  }

  /** The CSV of a page's panel, with the page's own export link (the filters on screen), as lines. */
  protected static List<String[]> panelCsv(OfficeClient client, Page page, String panel) {
    Matcher export = Pattern.compile("href=\"([^\"]+/export\\.csv\\?panel=" + panel + "&[^\"]*)\"").matcher(page.text());
    assertThat(export.find()).as("an export of panel " + panel).isTrue();
    Page csv = client.get(export.group(1).replace("&amp;", "&"));
    assertThat(csv.status()).isEqualTo(200);
    return csv.text().substring(1).lines().map(l -> l.split(";", -1)).toList();
  }

  protected static List<String> rowIds(Page page) {
    List<String> ids = new ArrayList<>();
    Matcher m = ROW_ID.matcher(page.text());
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  protected static UUID user(String username) {
    return DemoData.userId(username);
  }

  /** One candidate's history with every kind of entry, recorded by three people. */
  protected record Fixture(LocalDate day, Candidate candidate, Employer employer, Contact home, Contact phone, Contact noShow,
      Contact atWork, LadderStep intake, CoachingHours hours) {
    public Set<String> ids() {
      return Stream.of(home.id(), phone.id(), noShow.id(), atWork.id(), intake.id(), hours.id())
          .map(UUID::toString).collect(Collectors.toSet());
    }
  }

  protected Fixture fixture() {
    LocalDate day = today();
    Session office = api.login("office1");
    Session carla = api.login("coach2");
    Session eva = api.login("jobhunter1");
    Session dirk = api.login("jobcoach1");
    Candidate c = candidate("Filter", "Proef" + suffix(), user("casemanager1"), List.of(carla.user(), dirk.user()));
    Employer employer = new Employer(Ids.newId(), "Testbedrijf " + suffix(), "12345678", Sector.RETAIL, null, null,
        null, null, false, false, null, null);
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

  protected static void assertApplied(List<MutationResult> results) {
    assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(MutationResult.Applied.class));
  }

  /** Six random letters: a name no other test uses, and one a name search finds as it is. */
  protected static String suffix() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  protected static String[] ids(Contact... contacts) {
    return Stream.of(contacts).map(c -> c.id().toString()).toArray(String[]::new);
  }

  protected static Candidate candidate(String given, String family, UUID caseManager, List<UUID> coaches) {
    return new Candidate(Ids.newId(), given, family, LocalDate.of(1990, 5, 5), null, null, caseManager, coaches,
        today().minusMonths(24), Set.of(), Map.of(), null, List.of(), List.of(),
        new Plan("Doel", "Steun", 12, 14, "Onderbouwing"), null, null, null, null, null);
  }

  protected static Contact contact(UUID candidate, UUID author, LocationType where, int daysAgo, boolean noShow, UUID employer) {
    return new Contact(Ids.newId(), candidate, employer, author, where,
        today().minusDays(daysAgo).atTime(where == LocationType.PHONE ? 14 : 10, 0).atZone(ZONE).toInstant(),
        noShow ? 0 : 45, null, noShow ? "Niet thuis" : "Gesprek", null, null, noShow, false, null);
  }

  protected static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
