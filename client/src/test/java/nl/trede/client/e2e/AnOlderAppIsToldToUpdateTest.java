package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.FaultyNetwork;
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
 * An app that speaks an older sync protocol than the server (the server was upgraded, the phone was
 * not) is told to update, and keeps what it has not sent; once it speaks the server's version, the
 * outbox goes through, once. Against the real server, the app's own sync engine and store.
 */
class AnOlderAppIsToldToUpdateTest {
  private static final Clock CLOCK = Clock.systemUTC();

  @TempDir
  Path dir;

  @Test
  void anOlderProtocolIsToldToUpdateAndTheOutboxWaitsForTheUpdatedApp() throws Exception {
    try (RealServer server = RealServer.start(RealServer.jar(), dir);
         FaultyNetwork network = new FaultyNetwork(server)) {
      Session coach = new LoginService(dir.resolve("device"), CLOCK, SyncClient::new, 1_000, "e2e-old-app")
          .login(server.url(), "coach1", "trede-demo".toCharArray());
      try (SyncEngine engine = new SyncEngine(coach.store(), new SyncClient(network.url()), CLOCK,
          new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)),
          new SyncEngine.Settings(Duration.ofHours(1), Duration.ofHours(1), 1000, 500))) {
        assertThat(engine.syncNow().lastError()).isNull();
        UUID candidate = coach.store().caseloadFiles().get(0).file().candidate().id();
        Contact contact = coach.store().create(RecordType.CONTACT, new Contact(Ids.newId(), candidate, null,
            coach.user().userId(), LocationType.PHONE, Instant.now().minusSeconds(60), 15, null, "Gebeld", null,
            null, false, false, null));

        network.claimProtocol("0");
        SyncStatus old = engine.syncNow();
        assertThat(old.lastError()).isEqualTo(SyncException.Kind.UNSUPPORTED_PROTOCOL);
        assertThat(old.blocked()).isTrue();
        assertThat(old.pending()).isEqualTo(1);
        assertThat(coach.store().find(contact.id()).orElseThrow().syncState()).isEqualTo(SyncState.PENDING);

        network.claimProtocol(null);
        SyncStatus updated = engine.syncNow();
        assertThat(updated.lastError()).isNull();
        assertThat(updated.pending()).isZero();
        assertThat(coach.store().find(contact.id()).orElseThrow())
            .satisfies(r -> assertThat(r.syncState()).isEqualTo(SyncState.SYNCED))
            .satisfies(r -> assertThat(r.serverVersion()).isEqualTo(1));
      } finally {
        coach.store().close();
      }
    }
  }
}
