package nl.trede.client.sync;

import static nl.trede.client.support.Fixtures.FAST_ITERATIONS;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.PASSWORD;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.contact;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.FakeSyncServer.json;
import static nl.trede.client.support.FakeSyncServer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.SentJournal;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.FakeSyncServer;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sent journal (decision 0047): what the server acknowledged stays on the device for a while,
 * goes out once more when the server's database epoch changes (it was restored from a backup),
 * oldest first and before anything newer, and never otherwise. The fake server answers pushes as
 * the real one does: a push naming another epoch is refused whole with 409 server-restored.
 */
class ResendAfterRestoreTest {
  private static final UUID FIRST = UUID.fromString("0190a1b2-0000-7000-8000-0000000e0001");
  private static final UUID RESTORED = UUID.fromString("0190a1b2-0000-7000-8000-0000000e0002");

  @TempDir
  Path dir;

  private final MovableClock clock = new MovableClock(NOW);
  /** The records of the mutations the server received and applied, in order. */
  private final List<UUID> pushed = new ArrayList<>();
  private FakeSyncServer server;
  private LocalStore store;
  private SyncEngine engine;
  private Candidate anna;
  private volatile UUID epoch = FIRST;

  @BeforeEach
  void deviceOnAServer() throws Exception {
    server = new FakeSyncServer();
    server.on("/api/sync/push", r -> {
      PushRequest request = r.bodyAs(PushRequest.class);
      if (request.epoch() != null && !request.epoch().equals(epoch)) {
        return problem(409, "server-restored", "the server was restored from a backup");
      }
      List<MutationResult> results = new ArrayList<>();
      for (Mutation m : request.mutations()) {
        pushed.add(m.recordId());
        results.add(new MutationResult.Applied(m.id(), m.recordId(), 1));
      }
      return json(new PushResponse(results, epoch));
    }).on("/api/sync/pull", r -> json(new PullPage(List.of(), "s1", false, List.of(), epoch)));
    store = LocalStore.open(dir.resolve("trede.db"), PASSWORD.toCharArray(), clock, FAST_ITERATIONS);
    store.saveSession(nl.trede.client.support.Fixtures.session(server.url(), Role.PARTICIPATION_COACH));
    anna = candidate("Anna", "Jansen");
    store.storePullPage(page(null, change(RecordType.CANDIDATE, anna, 1)));
    engine = new SyncEngine(store, new SyncClient(server.url()), clock,
        new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), new Random(1)),
        new SyncEngine.Settings(Duration.ofMillis(20), Duration.ofMinutes(10), 100, 2));
  }

  @AfterEach
  void close() {
    engine.close();
    store.close();
    server.close();
  }

  @Test
  void whatTheServerAcknowledgedIsKeptAndNotSentAgainWhileTheServerIsTheSame() {
    Contact visit = save("Huisbezoek");

    assertThat(engine.syncNow().lastError()).isNull();
    assertThat(engine.syncNow().lastError()).isNull();

    assertThat(pushed).containsExactly(visit.id());
    assertThat(store.pendingOutbox(10)).isEmpty();
    assertThat(store.sent().size()).as("kept after the acknowledgement").isEqualTo(1);
    assertThat(store.sent().serverEpoch()).contains(FIRST);
    assertThat(store.lastRestore()).isEmpty();
  }

  @Test
  void aRestoredServerSeenInAPullGetsTheJournalOnceAndTheUserIsTold() {
    Contact visit = save("Huisbezoek");
    Contact call = save("Gebeld");
    engine.syncNow();
    pushed.clear();

    epoch = RESTORED;
    SyncStatus after = engine.syncNow();

    assertThat(after.lastError()).isNull();
    assertThat(after.pending()).isZero();
    assertThat(pushed).as("sent again, oldest first").containsExactly(visit.id(), call.id());
    assertThat(store.find(visit.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
    assertThat(store.sent().serverEpoch()).contains(RESTORED);
    assertThat(store.lastRestore()).hasValueSatisfying(r -> {
      assertThat(r.resent()).isEqualTo(2);
      assertThat(r.noticedAt()).isEqualTo(NOW);
    });
    pushed.clear();
    engine.syncNow();
    assertThat(pushed).as("once: the next sync sends nothing").isEmpty();
  }

  @Test
  void aPushRefusedAsRestoredSendsTheJournalFirstThenTheNewWork() {
    Contact old = save("Huisbezoek");
    engine.syncNow();
    pushed.clear();
    epoch = RESTORED;
    Contact later = save("Na de back-up vastgelegd");

    assertThat(engine.syncNow().lastError()).isNull();

    assertThat(pushed).as("what builds on the older work never lands before it")
        .containsExactly(old.id(), later.id());
    assertThat(store.sent().serverEpoch()).contains(RESTORED);
    assertThat(store.lastRestore()).hasValueSatisfying(r -> assertThat(r.resent()).isEqualTo(1));
    assertThat(server.requests("/api/sync/push")).as("the first sync's, the refused one, the resend").hasSize(3);
  }

  @Test
  void theJournalForgetsWhatWasAcknowledgedLongerAgoThanItsWindow() {
    save("Vijf weken geleden");
    engine.syncNow();
    clock.advance(SentJournal.KEPT.minusDays(1));
    Contact recent = save("Gisteren");
    engine.syncNow();
    assertThat(store.sent().size()).isEqualTo(2);

    clock.advance(Duration.ofDays(2));
    engine.syncNow();

    assertThat(store.sent().size()).as("the older one is pruned on the next sync").isEqualTo(1);
    pushed.clear();
    epoch = RESTORED;
    engine.syncNow();
    assertThat(pushed).as("a pruned change is not sent again").containsExactly(recent.id());
  }

  private Contact save(String summary) {
    return store.create(RecordType.CONTACT, contact(anna.id(), NOW, summary));
  }

  /** A clock the test moves on; the store and the engine read it. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
