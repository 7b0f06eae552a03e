package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.FaultyNetwork;
import nl.trede.client.support.RealServer;
import nl.trede.client.support.TestPostgres;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.domain.Ids;
import nl.trede.domain.Violations;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server is killed with SIGKILL while three devices push thousands of contacts at once. After
 * a restart every mutation the server acknowledged is there, exactly once, and the devices finish
 * their outboxes with nothing lost.
 */
class ServerCrashTest {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final int PER_DEVICE = 1_000;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"sqlite", "postgres"})
  void acknowledgedMutationsSurviveAKillAndTheOutboxesFinish(String database) throws Exception {
    List<String> options = database.equals("postgres") ? TestPostgres.serverOptions()
        : List.of("-Dtrede.db.path=" + dir.resolve("server.db"));
    try (RealServer server = RealServer.start(RealServer.jar(), Files.createDirectories(dir.resolve("server")), options);
         FaultyNetwork network = new FaultyNetwork(server)) {
      List<Session> sessions = new ArrayList<>();
      List<SyncEngine> engines = new ArrayList<>();
      Map<UUID, Session> madeBy = new HashMap<>();
      for (String user : List.of("coach1", "coach1b", "casemanager1")) {
        Session s = new LoginService(dir.resolve("device-" + user), CLOCK, SyncClient::new, 1_000, "crash-" + user)
            .login(server.url(), user, "trede-demo".toCharArray());
        sessions.add(s);
        // Small batches: many pushes in flight when the server dies.
        SyncEngine engine = new SyncEngine(s.store(), new SyncClient(network.url()), CLOCK,
            new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)),
            new SyncEngine.Settings(Duration.ofHours(1), Duration.ofHours(1), 1000, 50));
        engine.syncNow();
        engines.add(engine);
        List<UUID> files = s.store().caseloadFiles().stream().map(f -> f.file().candidate().id()).toList();
        LocalDate today = LocalDate.now(CLOCK.withZone(Violations.ZONE));
        for (int i = 0; i < PER_DEVICE; i++) {
          Contact c = s.store().create(nl.trede.sync.RecordType.CONTACT, new Contact(Ids.newId(),
              files.get(i % files.size()), null, s.user().userId(), LocationType.PHONE,
              Instant.now().minus(Duration.ofMinutes(i)), 10, null, "Belronde " + i, null, today.plusDays(30),
              false, false, null));
          madeBy.put(c.id(), s);
        }
      }

      ExecutorService pool = Executors.newFixedThreadPool(engines.size());
      List<Future<?>> pushes = new ArrayList<>();
      for (SyncEngine engine : engines) {
        pushes.add(pool.submit(engine::syncNow));
      }
      // Kill once the server has acknowledged some, but well before all, of the work.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (network.answers().size() < 200 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      server.kill();
      for (Future<?> push : pushes) {
        push.get();
      }
      pool.shutdown();
      Map<UUID, List<MutationResult>> acknowledgedBeforeCrash = network.answers();
      Set<UUID> made = madeBy.keySet();
      server.restart();
      for (int round = 0; round < 3; round++) {
        for (SyncEngine engine : engines) {
          assertThat(engine.syncNow().lastError()).isNull();
        }
      }

      Map<UUID, RecordChange> onServer = server.view(sessions.get(2).store().session().orElseThrow().token());

      System.out.printf("crash on %s: acknowledged before the kill=%d of %d%n", database,
          acknowledgedBeforeCrash.size(), made.size());
      assertThat(acknowledgedBeforeCrash.size()).as("acknowledged before the kill")
          .isBetween(200, 3 * PER_DEVICE - 1);
      for (List<MutationResult> answers : acknowledgedBeforeCrash.values()) {
        MutationResult answer = answers.get(0);
        assertThat(answer).isInstanceOf(MutationResult.Applied.class);
        assertThat(onServer.get(answer.recordId())).as("acknowledged %s", answer.recordId()).isNotNull();
      }
      assertThat(onServer.keySet()).containsAll(made);
      assertThat(made.stream().map(onServer::get).collect(Collectors.toList()))
          .allSatisfy(r -> assertThat(r.version()).as("applied exactly once").isEqualTo(1));
      for (Session s : sessions) {
        assertThat(s.store().pendingOutbox(1)).isEmpty();
        assertThat(made.stream().filter(id -> madeBy.get(id) == s).map(id -> s.store().find(id).orElseThrow().syncState()))
            .containsOnly(SyncState.SYNCED);
      }
      engines.forEach(SyncEngine::close);
      sessions.forEach(s -> s.store().close());
    }
  }
}
