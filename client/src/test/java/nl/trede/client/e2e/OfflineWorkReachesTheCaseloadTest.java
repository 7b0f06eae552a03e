package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.CaseloadFile;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.SyncState;
import nl.trede.client.store.TimelineEntry;
import nl.trede.client.support.RealServer;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncException;
import nl.trede.client.sync.SyncStatus;
import nl.trede.domain.Ids;
import nl.trede.domain.Violations;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against the real server with its demo data: what a coach records without network
 * reaches the colleague who shares the caseload, and nobody else.
 */
class OfflineWorkReachesTheCaseloadTest {
  private static final String PASSWORD = "trede-demo";
  private static final Clock CLOCK = Clock.systemUTC();

  @TempDir
  static Path dir;

  private static RealServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = RealServer.startBuilt(dir);
  }

  @AfterAll
  static void stopServer() {
    RealServer.stop(server);
  }

  @Test
  void contactStepAndHoursRecordedOfflineReachTheSharedCaseloadOnly() throws Exception {
    // Coach A: first login online, which brings the caseload onto the device.
    Session a = login("coach1", dir.resolve("device-a"));
    assertThat(sync(a, a.client()).lastError()).isNull();
    List<CaseloadFile> caseload = a.store().caseloadFiles();
    assertThat(caseload).isNotEmpty();
    UUID candidate = caseload.get(0).file().candidate().id();
    Employer employer = a.store().employers().get(0);
    int from = caseload.get(0).file().rungOn(LocalDate.now(CLOCK.withZone(Violations.ZONE))).orElseThrow();

    // Without network: the work is saved on the device and waits in the outbox.
    SyncClient unreachable = new SyncClient("http://127.0.0.1:" + closedPort());
    UUID author = a.user().userId();
    LocalDate today = LocalDate.now(CLOCK.withZone(Violations.ZONE));
    Contact contact = a.store().create(RecordType.CONTACT, new Contact(Ids.newId(), candidate,
        null, author, LocationType.HOME, Instant.now().minus(Duration.ofHours(1)), 50, null,
        "Huisbezoek zonder bereik", "Cv samen afmaken", today.plusDays(14), false, false, null));
    LadderStep step = a.store().create(RecordType.LADDER_STEP, new LadderStep(Ids.newId(),
        candidate, from, from == 6 ? 5 : from + 1, today, "Start vrijwilligerswerk", author, null));
    CoachingHours hours = a.store().create(RecordType.COACHING_HOURS, new CoachingHours(Ids.newId(),
        candidate, employer.id(), today, 6, CoachingActivity.ON_SITE_COACHING,
        CoachKind.MUNICIPAL, author, null, null, null, null, null));
    SyncStatus offline = sync(a, unreachable);
    assertThat(offline.lastError()).isEqualTo(SyncException.Kind.NETWORK);
    assertThat(offline.pending()).isEqualTo(3);

    // Back in range: everything goes through.
    SyncStatus online = sync(a, a.client());
    assertThat(online.lastError()).isNull();
    assertThat(online.pending()).isZero();
    Set<UUID> recorded = Set.of(contact.id(), step.id(), hours.id());
    for (UUID id : recorded) {
      assertThat(a.store().find(id).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
      assertThat(a.store().find(id).orElseThrow().serverVersion()).isEqualTo(1);
    }
    assertThat(a.store().currentRung(candidate)).contains(step.toRung());

    // Coach B shares the caseload: pulls and sees all three.
    Session b = login("coach1b", dir.resolve("device-b"));
    assertThat(sync(b, b.client()).lastError()).isNull();
    List<TimelineEntry> timeline = b.store().timeline(candidate);
    assertThat(timeline.stream().map(e -> e.record().id()).collect(Collectors.toSet())).containsAll(recorded);
    assertThat(((Contact) b.store().find(contact.id()).map(r -> nl.trede.sync.MutationRules.read(r.type(), r.data()))
        .orElseThrow()).summary()).isEqualTo("Huisbezoek zonder bereik");
    assertThat(b.store().currentRung(candidate)).contains(step.toRung());

    // Coach C has another caseload: receives none of it.
    Session c = login("coach2", dir.resolve("device-c"));
    assertThat(sync(c, c.client()).lastError()).isNull();
    assertThat(c.store().caseloadFiles()).isNotEmpty()
        .extracting(f -> f.file().candidate().id()).doesNotContain(candidate);
    for (UUID id : recorded) {
      assertThat(c.store().find(id)).isEmpty();
    }

    a.store().close();
    b.store().close();
    c.store().close();
  }

  private static Session login(String user, Path deviceDir) throws Exception {
    LoginService service = new LoginService(deviceDir, CLOCK, SyncClient::new, 1_000, "e2e-" + user);
    Session session = service.login(server.url(), user, PASSWORD.toCharArray());
    assertThat(session.online()).isTrue();
    return session;
  }

  private static SyncStatus sync(Session session, SyncClient client) {
    LocalStore store = session.store();
    try (SyncEngine engine = new SyncEngine(store, client, CLOCK,
        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), new Random()), SyncEngine.Settings.standard())) {
      return engine.syncNow();
    }
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
