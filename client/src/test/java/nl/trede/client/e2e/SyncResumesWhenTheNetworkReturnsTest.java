package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.RealServer;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncException;
import nl.trede.client.sync.SyncStatus;
import nl.trede.domain.Ids;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coach saves a contact while the server cannot be reached; when it can be reached again, the
 * device syncs by itself, without the coach doing anything and long before its backoff would.
 */
class SyncResumesWhenTheNetworkReturnsTest {
  private static final String PASSWORD = "trede-demo";
  private static final Clock CLOCK = Clock.systemUTC();
  private static final Duration PROBE = Duration.ofMillis(250);

  @TempDir
  Path dir;

  @Test
  void aSyncStartsByItselfOnceTheServerAnswersAgain() throws Exception {
    assertThat(RealServer.jar()).as("the server jar").isNotNull().isRegularFile();
    try (RealServer server = RealServer.start(RealServer.jar(), dir)) {
      Session coach = new LoginService(dir.resolve("device"), CLOCK, SyncClient::new, 1_000, "e2e-coach1")
          .login(server.url(), "coach1", PASSWORD.toCharArray());
      // Backoff and timer an hour away: only noticing the network can start the next sync in time.
      try (SyncEngine engine = new SyncEngine(coach.store(), coach.client(), CLOCK,
          new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)),
          new SyncEngine.Settings(Duration.ofMillis(50), Duration.ofHours(1), 1000, 500, PROBE))) {
        assertThat(engine.syncNow().lastError()).isNull();
        UUID candidate = coach.store().caseloadFiles().get(0).file().candidate().id();

        server.kill();
        Contact contact = coach.store().create(RecordType.CONTACT, new Contact(Ids.newId(),
            candidate, null, coach.user().userId(), LocationType.PHONE,
            Instant.now().minusSeconds(60), 15, null, "Gebeld zonder bereik", null, null, false, false, null));
        SyncStatus offline = engine.syncNow();
        assertThat(offline.lastError()).isEqualTo(SyncException.Kind.NETWORK);
        assertThat(offline.pending()).isEqualTo(1);
        Thread.sleep(3 * PROBE.toMillis());
        assertThat(engine.status().pending()).as("the outbox waits while the server is away").isEqualTo(1);

        server.restart();
        awaitStatus(engine, s -> s.pending() == 0 && s.lastError() == null && !s.running(), Duration.ofSeconds(20));

        assertThat(coach.store().find(contact.id()).orElseThrow())
            .satisfies(r -> assertThat(r.syncState()).isEqualTo(SyncState.SYNCED))
            .satisfies(r -> assertThat(r.serverVersion()).isEqualTo(1));
        // The server has it: a second device of the same coach receives it.
        Session other = new LoginService(dir.resolve("device-2"), CLOCK, SyncClient::new, 1_000, "e2e-coach1-b")
            .login(server.url(), "coach1", PASSWORD.toCharArray());
        try (SyncEngine second = new SyncEngine(other.store(), other.client(), CLOCK, Backoff.standard(),
            SyncEngine.Settings.standard())) {
          assertThat(second.syncNow().lastError()).isNull();
          assertThat(other.store().find(contact.id())).isPresent();
        } finally {
          other.store().close();
        }
      } finally {
        coach.store().close();
      }
    }
  }

  private static void awaitStatus(SyncEngine engine, java.util.function.Predicate<SyncStatus> done, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.test(engine.status())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no sync after the server came back: " + engine.status());
      }
      Thread.sleep(50);
    }
  }
}
