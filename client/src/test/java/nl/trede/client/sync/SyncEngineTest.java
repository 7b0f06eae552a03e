package nl.trede.client.sync;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.contact;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.FakeSyncServer.drop;
import static nl.trede.client.support.FakeSyncServer.json;
import static nl.trede.client.support.FakeSyncServer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.FakeSyncServer;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @TempDir
  Path dir;

  private FakeSyncServer server;
  private LocalStore store;
  private SyncEngine engine;
  private Candidate anna;
  private Contact visit;

  @BeforeEach
  void deviceWithOnePendingContact() throws Exception {
    server = new FakeSyncServer();
    store = openStore(dir);
    store.saveSession(nl.trede.client.support.Fixtures.session(server.url(), Role.PARTICIPATION_COACH));
    anna = candidate("Anna", "Jansen");
    store.storePullPage(page(null, change(RecordType.CANDIDATE, anna, 1)));
    visit = store.create(RecordType.CONTACT, contact(anna.id(), NOW, "Huisbezoek"));
    engine = new SyncEngine(store, new SyncClient(server.url()), CLOCK,
        new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), new Random(1)),
        new SyncEngine.Settings(Duration.ofMillis(20), Duration.ofMinutes(10), 2, 100));
  }

  @AfterEach
  void close() {
    engine.close();
    store.close();
    server.close();
  }

  @Test
  void aPushAppliedByTheServerMarksTheRecordSyncedWithItsVersion() throws Exception {
    server.on("/api/sync/push", r -> json(applyAll(r.bodyAs(PushRequest.class))))
        .on("/api/sync/pull", r -> json(new PullPage(List.of(change(RecordType.CONTACT, visit, 1)), "s1", false, List.of())));

    SyncStatus status = engine.syncNow();

    assertThat(status.lastError()).isNull();
    assertThat(status.pending()).isZero();
    assertThat(status.lastSuccess()).isEqualTo(NOW);
    assertThat(store.find(visit.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
    assertThat(store.find(visit.id()).orElseThrow().serverVersion()).isEqualTo(1);
    FakeSyncServer.Request push = server.requests("/api/sync/push").get(0);
    assertThat(push.headers()).containsEntry("authorization", "Bearer token-1")
        .containsEntry(Protocol.VERSION_HEADER.toLowerCase(), String.valueOf(Protocol.VERSION))
        .containsEntry(Protocol.APP_VERSION_HEADER.toLowerCase(), AppVersion.get());
    assertThat(AppVersion.get()).as("the build's version").matches("[0-9]+\\.[0-9]+\\.[0-9]+.*");
  }

  @Test
  void anUnsupportedProtocolKeepsTheOutboxAndAsksForAnUpdate() throws Exception {
    server.on("/api/sync/push", r -> problem(400, "unsupported-protocol", "update the app"));

    SyncStatus status = engine.syncNow();

    assertThat(status.lastError()).isEqualTo(SyncException.Kind.UNSUPPORTED_PROTOCOL);
    assertThat(status.blocked()).isTrue();
    assertThat(status.pending()).isEqualTo(1);
    assertThat(store.pendingOutbox(10)).extracting(e -> e.mutation().recordId()).containsExactly(visit.id());
    assertThat(store.find(visit.id()).orElseThrow().syncState()).isEqualTo(SyncState.PENDING);
  }

  @Test
  void anExpiredTokenKeepsTheOutboxAndAsksToLogInAgain() throws Exception {
    server.on("/api/sync/push", r -> problem(401, "unauthorized", "Unauthorized"));

    SyncStatus status = engine.syncNow();

    assertThat(status.lastError()).isEqualTo(SyncException.Kind.UNAUTHORIZED);
    assertThat(status.pending()).isEqualTo(1);
    assertThat(store.session().orElseThrow().token()).isNull();
    assertThat(store.session().orElseThrow().userId()).isNotNull();
  }

  @Test
  void anExpiredTokenSaysSoAndIsNoReasonToWipe() throws Exception {
    server.on("/api/sync/push", r -> problem(401, "token-expired", "log in again"));

    SyncStatus status = engine.syncNow();

    assertThat(status.lastError()).isEqualTo(SyncException.Kind.UNAUTHORIZED);
    assertThat(status.wipesDevice()).isFalse();
    assertThat(status.pending()).isEqualTo(1);
  }

  @Test
  void aRevokedDeviceOrDeactivatedUserStopsSyncForGoodAndAsksForTheWipe() throws Exception {
    for (String type : List.of("device-revoked", "user-deactivated")) {
      server.on("/api/sync/push", r -> problem(401, type, "ended"));

      SyncStatus status = engine.syncNow();

      assertThat(status.lastError()).as(type).isEqualTo(type.equals("device-revoked")
          ? SyncException.Kind.DEVICE_REVOKED : SyncException.Kind.USER_DEACTIVATED);
      assertThat(status.wipesDevice()).isTrue();
      assertThat(status.blocked()).as("no retry: the server will never take it").isTrue();
      assertThat(status.nextAttempt()).isNull();
      assertThat(store.session().orElseThrow().token()).isNull();
      store.saveSession(store.session().orElseThrow().withToken("token-1"));
    }
  }

  @Test
  void aNetworkFailureKeepsTheOutboxAndRetriesWithBackoff() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<List<java.util.UUID>> sent = new ArrayList<>();
    server.on("/api/sync/push", r -> {
      PushRequest push = r.bodyAs(PushRequest.class);
      sent.add(push.mutations().stream().map(Mutation::id).toList());
      // The first push reaches the server, is applied, and the answer is lost on the way back.
      PushResponse answer = applyAll(push);
      return calls.incrementAndGet() <= 2 ? drop() : json(answer);
    }).on("/api/sync/pull", r -> json(new PullPage(List.of(), "s1", false, List.of())));

    SyncStatus failed = engine.syncNow();
    assertThat(failed.lastError()).isEqualTo(SyncException.Kind.NETWORK);
    assertThat(failed.pending()).isEqualTo(1);
    assertThat(failed.nextAttempt()).isNotNull();

    engine.start();
    awaitStatus(s -> s.pending() == 0 && s.lastError() == null);

    assertThat(calls.get()).isGreaterThanOrEqualTo(3);
    assertThat(sent).allSatisfy(ids -> assertThat(ids).isEqualTo(sent.get(0)));
    assertThat(store.find(visit.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
  }

  @Test
  void aSyncStartsByItselfAsSoonAsTheServerCanBeReachedAgain() throws Exception {
    engine.close();
    // A backoff of an hour: only noticing the network can bring the sync back within the test.
    engine = new SyncEngine(store, new SyncClient(server.url()), CLOCK,
        new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)),
        new SyncEngine.Settings(Duration.ofMillis(20), Duration.ofHours(1), 2, 100, Duration.ofMillis(50)));
    java.util.concurrent.atomic.AtomicBoolean offline = new java.util.concurrent.atomic.AtomicBoolean(true);
    server.on("/health", r -> offline.get() ? drop() : new FakeSyncServer.Answer(200, "application/json", "{\"status\":\"UP\"}"))
        .on("/api/sync/push", r -> offline.get() ? drop() : json(applyAll(r.bodyAs(PushRequest.class))))
        .on("/api/sync/pull", r -> json(new PullPage(List.of(), "s1", false, List.of())));

    assertThat(engine.syncNow().lastError()).isEqualTo(SyncException.Kind.NETWORK);
    awaitRequests("/health", 3);
    assertThat(server.requests("/api/sync/push")).as("no sync while the server cannot be reached").hasSize(1);

    offline.set(false);
    awaitStatus(s -> s.pending() == 0 && s.lastError() == null);

    assertThat(store.find(visit.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
    int probes = server.requests("/health").size();
    Thread.sleep(300);
    assertThat(server.requests("/health")).as("no probing once online").hasSize(probes);
  }

  @Test
  void otherFailuresThanTheNetworkAreNotProbedFor() throws Exception {
    engine.close();
    engine = new SyncEngine(store, new SyncClient(server.url()), CLOCK,
        new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)),
        new SyncEngine.Settings(Duration.ofMillis(20), Duration.ofHours(1), 2, 100, Duration.ofMillis(50)));
    server.on("/health", r -> new FakeSyncServer.Answer(200, "application/json", "{}"))
        .on("/api/sync/push", r -> problem(503, "unavailable", "maintenance"));

    assertThat(engine.syncNow().lastError()).isEqualTo(SyncException.Kind.SERVER_ERROR);
    Thread.sleep(300);

    assertThat(server.requests("/health")).isEmpty();
    assertThat(server.requests("/api/sync/push")).hasSize(1);
  }

  @Test
  void anInterruptedPullResumesFromTheStoredCursor() throws Exception {
    // No retry of its own between the two runs: on a busy machine it could pull the rest first.
    engine.close();
    engine = new SyncEngine(store, new SyncClient(server.url()), CLOCK,
        new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)),
        new SyncEngine.Settings(Duration.ofMillis(20), Duration.ofHours(1), 2, 100, Duration.ofHours(1)));
    Employer first = employer("Supermarkt Heteren");
    Employer second = employer("Bouwbedrijf Van Elst");
    Employer third = employer("Zorgcentrum De Linde");
    java.util.concurrent.atomic.AtomicBoolean offline = new java.util.concurrent.atomic.AtomicBoolean(true);
    server.on("/api/sync/push", r -> json(applyAll(r.bodyAs(PushRequest.class))))
        .on("/api/sync/pull", r -> {
          String cursor = r.query().get("cursor");
          if (cursor == null) {
            return json(new PullPage(List.of(change(RecordType.EMPLOYER, first, 1)), "p1", true, List.of()));
          }
          if (cursor.equals("p1")) {
            return offline.get() ? drop()
                : json(new PullPage(List.of(change(RecordType.EMPLOYER, second, 1)), "p2", true, List.of()));
          }
          return json(new PullPage(List.of(change(RecordType.EMPLOYER, third, 1)), "p3", false, List.of()));
        });

    SyncStatus interrupted = engine.syncNow();

    assertThat(interrupted.lastError()).isEqualTo(SyncException.Kind.NETWORK);
    assertThat(store.pullCursor()).contains("p1");
    assertThat(store.employers()).containsExactly(first);

    offline.set(false);
    int before = server.requests("/api/sync/pull").size();
    SyncStatus resumed = engine.syncNow();

    assertThat(resumed.lastError()).isNull();
    List<String> cursors = server.requests("/api/sync/pull").stream().map(r -> r.query().get("cursor")).toList();
    assertThat(cursors.subList(before, cursors.size())).containsExactly("p1", "p2");
    assertThat(cursors.stream().filter(java.util.Objects::isNull)).hasSize(1);
    assertThat(store.employers()).containsExactlyInAnyOrder(first, second, third);
    assertThat(store.pullCursor()).contains("p3");
  }

  @Test
  void aRejectedMutationStaysVisibleWithItsReasonAndLeavesTheOutbox() throws Exception {
    server.on("/api/sync/push", r -> {
      Mutation m = r.bodyAs(PushRequest.class).mutations().get(0);
      return json(new PushResponse(List.of(new MutationResult.Rejected(m.id(), m.recordId(),
          List.of(new nl.trede.domain.Violation("candidateId", "out-of-scope", "not yours"))))));
    }).on("/api/sync/pull", r -> json(new PullPage(List.of(), "s1", false, List.of())));

    SyncStatus status = engine.syncNow();

    assertThat(status.pending()).isZero();
    assertThat(status.problems()).isEqualTo(1);
    assertThat(store.timeline(anna.id())).singleElement().satisfies(entry -> {
      assertThat(entry.syncState()).isEqualTo(SyncState.REJECTED);
      assertThat(entry.errors()).extracting(nl.trede.domain.Violation::rule).containsExactly("out-of-scope");
    });
  }

  @Test
  void backoffGrowsExponentiallyWithJitterUpToTheCap() {
    Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(7));

    for (int failures = 1; failures <= 12; failures++) {
      long full = Math.min(2000L << (failures - 1), 300_000L);
      assertThat(backoff.delay(failures).toMillis()).isBetween(full / 2, full);
    }
    assertThat(backoff.delay(100).toMillis()).isBetween(150_000L, 300_000L);
  }

  private void awaitRequests(String path, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (server.requests(path).size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " requests to " + path);
      }
      Thread.sleep(10);
    }
  }

  private void awaitStatus(java.util.function.Predicate<SyncStatus> done) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!done.test(engine.status())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("sync did not reach the expected state: " + engine.status());
      }
      Thread.sleep(20);
    }
  }

  /** What the server answers a push it accepts in full; new records get version 1. */
  private static PushResponse applyAll(PushRequest push) {
    return new PushResponse(push.mutations().stream()
        .map(m -> (MutationResult) new MutationResult.Applied(m.id(), m.recordId(), 1)).toList());
  }
}
