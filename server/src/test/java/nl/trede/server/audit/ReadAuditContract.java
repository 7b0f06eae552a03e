package nl.trede.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.server.demo.DemoData;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.MutableClock;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.PullPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The read audit (BIO 8.15) over real HTTP against a real database: device pulls per page with the
 * device and the candidate files, console lists, searches, dashboards and exports with their filter
 * and files, and the admin's answer to "who has seen this file in the last 90 days". Run once per
 * database by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadAuditContract implements TestPropertyProvider {
  private final MutableClock clock = MutableClock.startingNow();

  @Inject
  EmbeddedServer server;

  @Inject
  QueryRunner db;

  private HttpClient http;
  private ApiClient api;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  @BeforeAll
  void client() {
    http = HttpClient.create(server.getURL());
    api = new ApiClient(http.toBlocking());
  }

  @AfterAll
  void close() {
    http.close();
  }

  /** A device's login, naming the device as the app does. */
  private ApiClient.Session device(String username, String deviceName) {
    UUID device = Ids.newId();
    JsonNode body = http.toBlocking().retrieve(HttpRequest.POST("/api/auth/login", Map.of("username", username,
        "password", "trede-demo", "deviceId", device.toString(), "deviceName", deviceName)), JsonNode.class);
    return new ApiClient.Session(body.get("token").asText(), body.get("userId").asText(), device);
  }

  private OfficeClient console(String username) {
    OfficeClient browser = new OfficeClient(server.getURL().toString());
    assertThat(browser.login(username).status()).isEqualTo(303);
    return browser;
  }

  private record Event(String id, String action, String detail, String recordId) {}

  private List<Event> events(String userId, String action, String deviceId) {
    SqlQuery sql = new SqlQuery("SELECT id, action, detail, record_id FROM audit_event WHERE user_id = ? AND action = ?",
        userId, action);
    if (deviceId != null) {
      sql.and("device_id = ?", deviceId);
    }
    sql.append("ORDER BY at, id");
    return db.list(sql, rs -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  private Set<String> files(String eventId) {
    return new HashSet<>(db.list(new SqlQuery("SELECT candidate_id FROM audit_read_file WHERE event_id = ?", eventId),
        rs -> rs.getString(1)));
  }

  private Event latest(String username, String action) {
    List<Event> all = events(DemoData.userId(username).toString(), action, null);
    assertThat(all).as("an %s event of %s", action, username).isNotEmpty();
    return all.get(all.size() - 1);
  }

  private Set<String> caseload(String username) {
    return new HashSet<>(db.list(new SqlQuery("SELECT candidate_id FROM caseload WHERE user_id = ?",
        DemoData.userId(username).toString()), rs -> rs.getString(1)));
  }

  @Test
  void everyPullPageIsOneReadWithItsDeviceAndTheFilesItCarriedNotARowPerRecord() {
    ApiClient.Session coach = device("coach1", "Pixel 7");
    int pages = 0;
    int records = 0;
    String cursor = null;
    PullPage page;
    do {
      page = api.pull(coach, cursor, 200);
      pages += page.changes().isEmpty() ? 0 : 1;
      records += page.changes().size();
      cursor = page.cursor();
    } while (page.hasMore());
    api.pull(coach, cursor, 200);

    List<Event> pulls = events(coach.userId(), "sync.pull", coach.deviceId().toString());
    Set<String> seen = new HashSet<>();
    int fileRows = 0;
    for (Event pull : pulls) {
      Set<String> files = files(pull.id());
      seen.addAll(files);
      fileRows += files.size();
    }

    assertThat(pulls).as("one per page that carried records; the last, empty one is none").hasSize(pages);
    assertThat(pulls).allSatisfy(pull -> assertThat(pull.detail()).matches("records=[0-9]+; files=[0-9]+"));
    assertThat(pulls.stream().mapToInt(pull -> Integer.parseInt(pull.detail().replaceAll("records=([0-9]+);.*", "$1"))).sum())
        .as("every record pulled is counted in its page's read").isEqualTo(records);
    assertThat(seen).as("the caseload's files, and nothing else").isEqualTo(caseload("coach1"));
    assertThat(fileRows).as("a row per file per page, far fewer than records").isLessThan(records / 2);
  }

  @Test
  void consoleListsSearchesDashboardsAndExportsRecordTheirFilterAndTheFilesShown() {
    OfficeClient office = console("office1");

    Page candidates = office.get("/office/kandidaten?q=de");
    Page visits = office.get("/office/bezoekverslagen?noShow=1");
    Page export = office.get("/office/bezoekverslagen/export.csv?noShow=1");
    Page dashboard = office.get("/office/monitoring/achterstallige-contacten");

    assertThat(List.of(candidates, visits, export, dashboard)).extracting(Page::status).containsOnly(200);
    Event list = latest("office1", "office.list-candidates");
    assertThat(list.detail()).isEqualTo("q=de");
    assertThat(files(list.id())).isNotEmpty().allSatisfy(id -> assertThat(candidates.text()).contains("/office/kandidaten/" + id));
    Event log = latest("office1", "office.list-visits");
    assertThat(log.detail()).contains("noShow=1");
    assertThat(files(log.id())).isNotEmpty();
    Event exported = latest("office1", "office.export");
    assertThat(exported.detail()).startsWith("format=csv; rows=").contains("noShow=1");
    assertThat(files(exported.id())).containsAll(files(log.id()));
    Event shown = latest("office1", "office.view-dashboard");
    assertThat(shown.detail()).startsWith("dashboard=achterstallige-contacten");
    assertThat(files(shown.id())).isNotEmpty().allSatisfy(id -> assertThat(dashboard.text()).contains("/office/kandidaten/" + id));
  }

  @Test
  void theAdminSeesWhoHasSeenAFileInTheLast90DaysOnWhichDeviceOrPage() {
    String candidate = caseload("coach1").stream().filter(id -> !caseload("coach2").contains(id)).sorted().findFirst()
        .orElseThrow();
    ApiClient.Session coach = device("coach1", "Telefoon van Anna");
    api.pullAll(coach);
    api.pullAll(device("coach2", "Telefoon van een ander"));
    console("office1").get("/office/kandidaten/" + candidate);
    OfficeClient admin = console("admin1");

    Page reads = admin.get("/office/audit/inzage?kandidaat=" + candidate);

    assertThat(reads.status()).isEqualTo(200);
    assertThat(reads.text()).contains("App op Telefoon van Anna (" + coach.deviceId().toString().substring(0, 8) + ")")
        .contains("Anna de Vries").contains("Gerrit Mulder").contains("Beheeromgeving").contains("Dossier bekeken")
        .doesNotContain("Telefoon van een ander");
    assertThat(latest("admin1", "office.view-reads").recordId()).as("looking is recorded too").isEqualTo(candidate);

    clock.advance(Duration.ofDays(91));
    Page later = console("admin1").get("/office/audit/inzage?kandidaat=" + candidate);

    assertThat(later.text()).contains("Niemand heeft dit dossier de afgelopen 90 dagen gezien.")
        .doesNotContain("Telefoon van Anna");
  }

  @Test
  void theAdminFindsTheFileByNameAndOnlyTheAdminMayAsk() {
    String name = db.list(new SqlQuery("SELECT name FROM record_name WHERE tenant_id = ? AND type = ? ORDER BY sort_name",
        "overbetuwe", "candidate"), rs -> rs.getString(1)).get(0);
    String family = name.substring(name.lastIndexOf(' ') + 1);

    Page found = console("admin1").get("/office/audit/inzage?q=" + family);
    Page refused = console("office1").get("/office/audit/inzage?q=" + family);
    Page otherMunicipality = console("admin1").get("/office/audit/inzage?kandidaat="
        + db.list(new SqlQuery("SELECT record_id FROM record_name WHERE tenant_id = ? AND type = ?", "dalfsen", "candidate"),
            rs -> rs.getString(1)).get(0));

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.text()).contains(name).contains("/office/audit/inzage?kandidaat=");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(otherMunicipality.text()).contains("valt buiten wat u mag inzien").doesNotContain("Inzage in het dossier van");
  }
}
