package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.Editing;
import nl.trede.client.store.StoredRecord;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.RealServer;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 end to end: devices push, the operator takes a backup with the server's own command,
 * the devices push more and the server acknowledges it, then the server is lost and a new one is
 * started on the backup. The app's own sync engine, on the same devices, notices the restored
 * server (its database epoch changed) and sends its journal again: afterwards the server holds
 * every change it ever acknowledged, each exactly once, and every device holds what the server does.
 */
class WorkSurvivesARestoreTest {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final int CONTACTS = 4;

  @TempDir
  Path dir;

  private record Device(Session session, List<UUID> made, Map<UUID, SyncState> before) {
    Map<UUID, SyncState> states() {
      return session.store().records().stream().collect(Collectors.toMap(StoredRecord::id, StoredRecord::syncState));
    }
  }

  @Test
  void workAcknowledgedAfterTheBackupIsSentAgainAndLandsExactlyOnce() throws Exception {
    Path jar = RealServer.jar();
    Map<String, Device> devices = new LinkedHashMap<>();
    Map<UUID, Long> onTheFirstServer;
    UUID edited;
    String phone = "06-" + (10_000_000 + new Random().nextInt(89_999_999));
    Path backup;
    try (RealServer first = RealServer.start(jar, Files.createDirectories(dir.resolve("first")))) {
      for (String user : List.of("coach1", "casemanager1")) {
        Session s = new LoginService(dir.resolve("device-" + user), CLOCK, SyncClient::new, 1_000, "restore-" + user)
            .login(first.url(), user, "trede-demo".toCharArray());
        devices.put(user, new Device(s, new ArrayList<>(), new HashMap<>()));
      }
      syncAll(devices, first.url());
      for (Device d : devices.values()) {
        addContacts(d, "Voor de back-up");
      }
      syncAll(devices, first.url());

      backup = backUp(jar, dir.resolve("first").resolve("server.db"), dir.resolve("backups"));

      for (Device d : devices.values()) {
        addContacts(d, "Na de back-up");
      }
      Session caseManager = devices.get("casemanager1").session();
      edited = caseManager.store().caseloadFiles().get(0).file().candidate().id();
      Editing<Candidate> form = caseManager.store().<Candidate>edit(RecordType.CANDIDATE, edited).orElseThrow();
      caseManager.store().update(form, withPhone(form.record(), phone));
      // Twice: each device pushes (acknowledged), then pulls what the other pushed.
      syncAll(devices, first.url());
      syncAll(devices, first.url());
      for (Device d : devices.values()) {
        assertThat(d.session().store().pendingOutbox(1)).as("everything acknowledged").isEmpty();
        d.before().putAll(d.states());
      }
      onTheFirstServer = everything(first.url(), caseManager);
    }

    Path restoredDb = Files.createDirectories(dir.resolve("restored")).resolve("server.db");
    Files.copy(backup, restoredDb);
    try (RealServer restored = RealServer.start(jar, dir.resolve("restored"))) {
      Session caseManager = devices.get("casemanager1").session();
      Map<UUID, Long> fromTheBackup = everything(restored.url(), caseManager);
      assertThat(devices.values().stream().flatMap(d -> d.made().stream()).filter(id -> !fromTheBackup.containsKey(id)))
          .as("the backup lacks what was acknowledged after it").hasSize(CONTACTS * devices.size());

      // The coach worked on while the server was down: that push names the old epoch, is refused
      // whole (409 server-restored), and the journal goes out before it. The case manager has
      // nothing waiting and learns of the restore from its first pulled page.
      Device coach = devices.get("coach1");
      addContacts(coach, "Terwijl de server weg was");
      List<UUID> offline = List.copyOf(coach.made().subList(2 * CONTACTS, coach.made().size()));

      syncAll(devices, restored.url());
      syncAll(devices, restored.url());

      Map<UUID, Long> onTheRestoredServer = everything(restored.url(), caseManager);
      Map<UUID, Long> expected = new HashMap<>(onTheFirstServer);
      offline.forEach(id -> expected.put(id, 1L));
      assertThat(difference(expected, onTheRestoredServer))
          .as("acknowledged by the first server, missing or at another version on the restored one").isEmpty();
      assertThat(difference(onTheRestoredServer, expected)).as("more than the first server had").isEmpty();
      assertThat(onTheRestoredServer).containsKeys(offline.toArray(UUID[]::new));
      for (Device d : devices.values()) {
        for (UUID id : d.made()) {
          assertThat(onTheRestoredServer.get(id)).as("applied exactly once: %s", id).isEqualTo(1L);
        }
        assertThat(d.session().store().pendingOutbox(1)).isEmpty();
        assertThat(d.session().store().lastRestore()).as("the sync page tells the user")
            .hasValueSatisfying(r -> assertThat(r.resent()).isPositive());
        // The device holds what the server has for it, record for record.
        Map<UUID, Long> server = everything(restored.url(), d.session());
        Map<UUID, Long> device = d.session().store().records().stream()
            .collect(Collectors.toMap(StoredRecord::id, StoredRecord::serverVersion));
        assertThat(difference(server, device)).as("%s lacks", d.session().user().username()).isEmpty();
        assertThat(difference(device, server)).as("%s has more than the server", d.session().user().username())
            .isEmpty();
        // Synced as before the restore (the demo's open conflicts stay open), nothing waiting or refused.
        Map<UUID, SyncState> states = new HashMap<>(d.states());
        offline.forEach(id -> assertThat(states.getOrDefault(id, SyncState.SYNCED)).isEqualTo(SyncState.SYNCED));
        states.keySet().removeAll(offline);
        assertThat(difference(states, d.before())).as("%s's records changed state", d.session().user().username())
            .isEmpty();
      }
      assertThat(candidateOn(restored.url(), caseManager, edited).data().path("phone").asText()).isEqualTo(phone);
    }
  }

  /** One sync run of each device's own engine against the server at {@code url}; each must get through. */
  private static void syncAll(Map<String, Device> devices, String url) {
    for (Device d : devices.values()) {
      try (SyncEngine engine = new SyncEngine(d.session().store(), new SyncClient(url), CLOCK,
          new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)),
          new SyncEngine.Settings(Duration.ofHours(1), Duration.ofHours(1), 1000, 3))) {
        assertThat(engine.syncNow().lastError()).as("%s syncs", d.session().user().username()).isNull();
      }
    }
  }

  private static void addContacts(Device d, String summary) {
    Session s = d.session();
    List<UUID> files = s.store().caseloadFiles().stream().map(f -> f.file().candidate().id()).toList();
    for (int i = 0; i < CONTACTS; i++) {
      Contact c = s.store().create(RecordType.CONTACT, new Contact(Ids.newId(), files.get(i % files.size()), null,
          s.user().userId(), LocationType.PHONE, Instant.now().minusSeconds(60L * (i + 1)), 15, null,
          summary + " " + i, null, null, false, false, null));
      d.made().add(c.id());
    }
  }

  /** As docs/operations.md says: the server's backup command, beside the running server. */
  private static Path backUp(Path jar, Path database, Path folder) throws Exception {
    ProcessBuilder command = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "backup")
        .redirectErrorStream(true).redirectOutput(folder.resolveSibling("backup.log").toFile());
    command.environment().put("TREDE_DB_PATH", database.toString());
    command.environment().put("TREDE_BACKUP_DIR", folder.toString());
    Process process = command.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(folder.resolveSibling("backup.log"))).isZero();
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().matches("trede-.*\\.db")).findFirst().orElseThrow();
    }
  }

  /** Every record the user may see on the server, with its version: a fresh pull from the start. */
  private static Map<UUID, Long> everything(String url, Session session) throws Exception {
    Map<UUID, Long> all = new HashMap<>();
    pullAll(url, session).forEach(c -> all.merge(c.id(), c.version(), Math::max));
    return all;
  }

  private static RecordChange candidateOn(String url, Session session, UUID id) throws Exception {
    return pullAll(url, session).stream().filter(c -> c.id().equals(id)).reduce((a, b) -> b).orElseThrow();
  }

  private static List<RecordChange> pullAll(String url, Session session) throws Exception {
    SyncClient direct = new SyncClient(url);
    String token = session.store().session().orElseThrow().token();
    List<RecordChange> changes = new ArrayList<>();
    String cursor = null;
    PullPage page;
    do {
      page = direct.pull(token, cursor, 5000);
      changes.addAll(page.changes());
      cursor = page.cursor();
    } while (page.hasMore());
    return changes;
  }

  private static <V> Map<UUID, V> difference(Map<UUID, V> a, Map<UUID, V> b) {
    Map<UUID, V> missing = new HashMap<>(a);
    missing.entrySet().removeIf(e -> e.getValue().equals(b.get(e.getKey())));
    return missing;
  }

  private static Candidate withPhone(Candidate c, String phone) {
    return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), phone, c.address(),
        c.caseManagerId(), c.coachIds(), c.benefitStartDate(), c.flags(), c.classification(),
        c.wageValuePercent(), c.exemptions(), c.participation(), c.plan(), c.inflow(), c.exit(), c.certificates(),
        c.languageLevel(), c.availableHoursPerWeek());
  }
}
