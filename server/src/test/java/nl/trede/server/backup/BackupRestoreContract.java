package nl.trede.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.trede.domain.Ids;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.TestDatabases;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken while three devices push, restored into a new server: everything the first server
 * acknowledged before the backup began is there, once; the devices then push again what they hold
 * (the restored server lacks what was acknowledged after the backup) and every change ends up on
 * the server exactly once, and each device's pull from the restored server equals its pull from the
 * first. The restored server is a new epoch of the database: a push naming the first server's is
 * refused whole, so devices learn of the restore before anything of theirs lands. Run once per database; sizes by system property ({@code trede.test.backup.per-device},
 * {@code trede.test.backup.batch}).
 */
abstract class BackupRestoreContract {
  private static final int PER_DEVICE = Integer.getInteger("trede.test.backup.per-device", 150);
  private static final int BATCH = Integer.getInteger("trede.test.backup.batch", 5);
  private static final List<String> DEVICES = List.of("coach1", "coach1b", "casemanager1");

  @TempDir
  Path dir;

  /** A fresh database with the demo. */
  abstract Map<String, String> database();

  /** Backs up the running server's database, as an operator does, into {@code dir}; the backup file. */
  abstract Path backUp(Map<String, String> running, Path dir) throws Exception;

  /** Restores the backup as docs/operations.md says; the properties of a server on it. */
  abstract Map<String, String> restore(Path backup, Path dir) throws Exception;

  @Test
  void aBackupTakenUnderLoadRestoresEverythingAcknowledgedBeforeItAndDevicesResyncExactlyOnce() throws Exception {
    Map<String, String> original = database();
    EmbeddedServer first = TestDatabases.start(original);
    Map<Session, List<Mutation>> outboxes = new LinkedHashMap<>();
    Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    Set<UUID> acknowledgedBeforeBackup;
    Map<Session, Map<UUID, Long>> viewOfFirst = new HashMap<>();
    Map<Session, String> cursorOfFirst = new HashMap<>();
    Path backup;
    UUID firstEpoch;
    try (HttpClient http = HttpClient.create(first.getURL())) {
      ApiClient api = new ApiClient(http.toBlocking());
      for (String user : DEVICES) {
        Session device = api.login(user);
        outboxes.put(device, outbox(device, candidatesOf(api, device)));
      }
      firstEpoch = api.pull(outboxes.keySet().iterator().next(), null, 1).epoch();
      assertThat(firstEpoch).as("every page names the database's epoch").isNotNull();
      ExecutorService pool = Executors.newFixedThreadPool(DEVICES.size());
      List<Future<?>> pushes = new ArrayList<>();
      // The last third of each outbox waits until the backup is done, so there is always work the
      // restored server lacks, however fast the machine pushes the rest while the backup runs.
      java.util.concurrent.CountDownLatch backupDone = new java.util.concurrent.CountDownLatch(1);
      outboxes.forEach((device, outbox) -> pushes.add(pool.submit(() -> {
        int held = outbox.size() * 2 / 3;
        pushAll(api, device, outbox.subList(0, held), acknowledged);
        backupDone.await();
        return pushAll(api, device, outbox.subList(held, outbox.size()), acknowledged);
      })));
      int total = outboxes.values().stream().mapToInt(List::size).sum();
      awaitAcknowledged(acknowledged, total / 3);
      acknowledgedBeforeBackup = Set.copyOf(acknowledged);
      try {
        backup = backUp(original, dir);
      } finally {
        backupDone.countDown();
      }
      int afterBackup = acknowledged.size();
      for (Future<?> push : pushes) {
        push.get();
      }
      pool.shutdown();
      System.out.printf("backup under load: acknowledged before=%d, when it was done=%d, of %d%n",
          acknowledgedBeforeBackup.size(), afterBackup, total);
      assertThat(acknowledged).hasSize(total);
      assertThat(afterBackup).as("devices were still pushing after the backup").isLessThan(total);
      for (Session device : outboxes.keySet()) {
        PullPage all = api.pullAll(device);
        assertThat(all.epoch()).as("one epoch while the database lives").isEqualTo(firstEpoch);
        viewOfFirst.put(device, view(all));
        cursorOfFirst.put(device, all.cursor());
      }
    } finally {
      first.stop();
    }

    EmbeddedServer restored = TestDatabases.start(restore(backup, dir));
    try (HttpClient http = HttpClient.create(restored.getURL())) {
      ApiClient api = new ApiClient(http.toBlocking());
      Map<UUID, Long> before = new HashMap<>();
      outboxes.keySet().forEach(device -> before.putAll(view(api.pullAll(device))));
      for (List<Mutation> outbox : outboxes.values()) {
        for (Mutation m : outbox) {
          if (acknowledgedBeforeBackup.contains(m.id())) {
            assertThat(before.get(m.recordId())).as("acknowledged before the backup: %s", m.recordId()).isEqualTo(1L);
          }
        }
      }
      assertThat(outboxes.values().stream().flatMap(List::stream).filter(m -> before.containsKey(m.recordId())))
          .as("the restored server lacks what was acknowledged after the backup began").hasSizeLessThan(
              outboxes.values().stream().mapToInt(List::size).sum());

      // Work goes on at once on the restored server, before the devices resync: its changes must
      // reach devices whose cursors point past where the backup ended.
      Session author = outboxes.keySet().iterator().next();
      List<Mutation> news = outbox(author, candidatesOf(api, author)).subList(0, 1);
      UUID restoredEpoch = api.pull(author, null, 1).epoch();
      assertThat(restoredEpoch).as("a restored database is a new epoch").isNotNull().isNotEqualTo(firstEpoch);
      ApiClient.Answer stale = api.pushNamingEpoch(author, firstEpoch, news.get(0));
      // The problem's body (type server-restored, field epoch) is read by the app's own client in
      // client/…/e2e/WorkSurvivesARestoreTest; this test client does not hand a 409's body back.
      assertThat(stale.status()).isEqualTo(409);
      assertThat(stale.contentType()).startsWith("application/problem+json");
      assertThat(ApiClient.latest(api.pullAll(author), news.get(0).recordId()))
          .as("a push naming the old epoch applies nothing").isNull();
      pushAll(api, author, news, ConcurrentHashMap.newKeySet());
      // The devices' tokens are in the backup: they push again what they hold, twice (a retry).
      for (int round = 0; round < 2; round++) {
        for (Map.Entry<Session, List<Mutation>> device : outboxes.entrySet()) {
          Set<UUID> again = ConcurrentHashMap.newKeySet();
          pushAll(api, device.getKey(), device.getValue(), again);
          assertThat(again).hasSize(device.getValue().size());
        }
      }
      for (Session device : outboxes.keySet()) {
        PullPage all = api.pullAll(device);
        assertThat(all.changes()).extracting(RecordChange::id).as("each record once").doesNotHaveDuplicates();
        Map<UUID, Long> fromTheStart = view(all);
        Map<UUID, Long> expected = new HashMap<>(viewOfFirst.get(device));
        if (device.equals(author) || fromTheStart.containsKey(news.get(0).recordId())) {
          expected.put(news.get(0).recordId(), 1L);
        }
        assertThat(difference(expected, fromTheStart)).as("%s's pull from the restored server misses", device.userId())
            .isEmpty();
        assertThat(difference(fromTheStart, expected)).as("%s's pull has more than the first server's", device.userId())
            .isEmpty();
        // The device carries on from the cursor it had from the first server and ends where a fresh pull is.
        Map<UUID, Long> carriedOn = new HashMap<>(viewOfFirst.get(device));
        carriedOn.putAll(view(api.pullAll(device, cursorOfFirst.get(device))));
        assertThat(difference(fromTheStart, carriedOn)).as("%s carrying on from its cursor misses", device.userId())
            .isEmpty();
        assertThat(difference(carriedOn, fromTheStart)).isEmpty();
      }
    } finally {
      restored.stop();
    }
  }

  private static List<UUID> candidatesOf(ApiClient api, Session device) {
    List<UUID> candidates = api.pullAll(device).changes().stream()
        .filter(c -> c.type() == RecordType.CANDIDATE && !c.deleted()).map(RecordChange::id).toList();
    assertThat(candidates).as("%s's caseload", device.userId()).isNotEmpty();
    return candidates;
  }

  /** What a device writes in the field: contacts on the files of its caseload, each a create. */
  private static List<Mutation> outbox(Session device, List<UUID> candidates) {
    List<Mutation> outbox = new ArrayList<>();
    for (int i = 0; i < PER_DEVICE; i++) {
      Contact contact = new Contact(Ids.newId(), candidates.get(i % candidates.size()), null, device.user(),
          LocationType.PHONE, Instant.now().minus(i, ChronoUnit.MINUTES), 10, null, "Telefonisch contact", null,
          LocalDate.now().plusDays(7), false, false, null);
      outbox.add(ApiClient.create(RecordType.CONTACT, contact));
    }
    return outbox;
  }

  /** Pushes the outbox in order, in batches, as the sync engine does; notes each acknowledgement. */
  private static Void pushAll(ApiClient api, Session device, List<Mutation> outbox, Set<UUID> acknowledged) {
    for (int i = 0; i < outbox.size(); i += BATCH) {
      List<MutationResult> results = api.push(device,
          outbox.subList(i, Math.min(i + BATCH, outbox.size())).toArray(Mutation[]::new));
      for (MutationResult result : results) {
        assertThat(result).isInstanceOf(MutationResult.Applied.class);
        assertThat(((MutationResult.Applied) result).version()).as("applied once").isEqualTo(1L);
        acknowledged.add(result.mutationId());
      }
    }
    return null;
  }

  private static void awaitAcknowledged(Set<UUID> acknowledged, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (acknowledged.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
  }

  /** The records (and versions) in {@code a} that {@code b} lacks: a short message where equality prints thousands. */
  private static Map<UUID, Long> difference(Map<UUID, Long> a, Map<UUID, Long> b) {
    Map<UUID, Long> missing = new HashMap<>(a);
    missing.entrySet().removeIf(e -> e.getValue().equals(b.get(e.getKey())));
    return missing;
  }

  /** What the device holds after applying the pulled pages: each record at its newest version. */
  private static Map<UUID, Long> view(PullPage pulled) {
    List<RecordChange> changes = pulled.changes();
    return changes.stream().collect(Collectors.toMap(RecordChange::id, RecordChange::version, Math::max));
  }
}
