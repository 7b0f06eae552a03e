package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.StoredRecord;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.FaultyNetwork;
import nl.trede.client.support.RealServer;
import nl.trede.client.support.TestPostgres;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Violations;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.MutationRules;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Randomised convergence under faults. Three devices (two coaches sharing a caseload and their
 * case manager) work offline on shared records (employers, candidates) and their own history
 * (contacts, ladder steps, coaching hours); the network between them and the real server drops
 * requests and answers, duplicates them, delivers old ones late and out of order, and now and
 * then the server is killed mid-push and restarted. After each scenario the network heals and
 * every device syncs until quiet; then:
 * <ul>
 *   <li>every device agrees with the server about every record in its scope;</li>
 *   <li>every mutation the server acknowledged is there, and was applied once (history records
 *       have version 1; every answer to a repeated mutation id is the same answer);</li>
 *   <li>every edit is the field's value, or was overwritten by a later applied edit, or is kept in
 *       a recorded conflict, or was refused visibly: nothing is silently lost;</li>
 *   <li>every record a device created is on the server or shown as refused on that device.</li>
 * </ul>
 * {@code -Dtrede.convergence.scenarios=N} runs more (thousands), {@code -Dtrede.convergence.seed=S}
 * replays a failing run: its seed is in every failure message.
 */
class SyncConvergenceTest {
  private static final String PASSWORD = "trede-demo";
  private static final Clock CLOCK = Clock.systemUTC();
  private static final List<String> EMPLOYER_FIELDS = List.of("contactPerson", "contactPhone", "address");
  private static final List<String> CANDIDATE_FIELDS = List.of("phone", "address");

  @TempDir
  Path dir;

  record Device(String name, Session session, SyncEngine engine) {
    LocalStore store() {
      return session.store();
    }
  }

  record Edit(String device, UUID recordId, String field, String value) {}

  record Created(String device, RecordType type, UUID id) {}

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"sqlite", "postgres"})
  void devicesConvergeAndNothingIsLostDuplicatedOrSilentlyOverwritten(String database) throws Exception {
    int scenarios = Integer.getInteger("trede.convergence.scenarios", 150);
    long seed = Long.getLong("trede.convergence.seed", new Random().nextLong());
    List<String> options = database.equals("postgres") ? TestPostgres.serverOptions()
        : List.of("-Dtrede.db.path=" + dir.resolve("server.db"));
    try (RealServer server = RealServer.start(RealServer.jar(), Files.createDirectories(dir.resolve("server")), options);
         FaultyNetwork network = new FaultyNetwork(server)) {
      List<Device> devices = List.of(
          device("coach1", server, network), device("coach1b", server, network), device("casemanager1", server, network));
      for (Device d : devices) {
        d.engine().syncNow();
      }
      Set<UUID> shared = devices.get(0).store().caseloadFiles().stream().map(f -> f.file().candidate().id())
          .collect(Collectors.toSet());
      List<UUID> employers = new ArrayList<>(devices.get(0).store().employers().stream().map(Employer::id).toList());
      List<Edit> edits = new ArrayList<>();
      List<Created> created = new ArrayList<>();
      Random random = new Random(seed);

      for (int scenario = 0; scenario < scenarios; scenario++) {
        String where = "seed " + seed + ", scenario " + scenario + " on " + database;
        network.disturb(random.nextLong(), 0.35);
        boolean crash = scenario % 50 == 17;
        if (crash) {
          network.crashOnNextPush();
        }
        int actions = 3 + random.nextInt(8);
        for (int a = 0; a < actions; a++) {
          Device d = devices.get(random.nextInt(devices.size()));
          act(d, random, shared, employers, edits, created);
          if (random.nextInt(4) == 0) {
            network.deliverHeldBack();
          }
        }
        if (crash) {
          // Something to push, so the armed crash hits a push.
          Random more = new Random(scenario);
          while (devices.get(0).store().pendingOutbox(1).isEmpty()) {
            act(devices.get(0), more, shared, employers, edits, created);
          }
        }
        network.deliverHeldBack();
        settle(devices, network, where);
        // The full comparison reads every record on every device; every few scenarios (and after
        // every crash) is enough, as state carries over and nothing is ever forgiven later.
        if (crash || scenario % 5 == 4 || scenario == scenarios - 1) {
          check(devices, server, network, shared, edits, created, where);
        }
      }
      Map<UUID, List<MutationResult>> answers = network.answers();
      long conflicts = answers.values().stream().filter(l -> l.get(0) instanceof MutationResult.Conflicted).count();
      long rejected = answers.values().stream().filter(l -> l.get(0) instanceof MutationResult.Rejected).count();
      long repeated = answers.values().stream().filter(l -> l.size() > 1).count();
      System.out.printf("convergence on %s: seed=%d scenarios=%d mutations=%d repeated=%d conflicts=%d rejected=%d"
          + " crashes=%d edits=%d%n", database, seed, scenarios, network.mutations().size(), repeated, conflicts,
          rejected, network.crashes(), edits.size());
      // The run must have exercised what it claims to prove.
      assertThat(network.crashes()).as("the server was killed mid-push").isGreaterThan(0);
      assertThat(repeated).as("mutations delivered more than once").isGreaterThan(0);
      assertThat(conflicts).as("same-field conflicts").isGreaterThan(0);
      for (Device d : devices) {
        d.engine().close();
        d.store().close();
      }
    }
  }

  // ---------------------------------------------------------------- what the devices do

  private void act(Device d, Random random, Set<UUID> shared, List<UUID> employers, List<Edit> edits,
      List<Created> created) {
    UUID me = d.session().user().userId();
    List<UUID> files = new ArrayList<>(shared);
    files.sort(null);
    UUID candidate = files.get(random.nextInt(files.size()));
    LocalDate today = LocalDate.now(CLOCK.withZone(Violations.ZONE));
    switch (random.nextInt(9)) {
      case 0 -> created.add(created(d, RecordType.CONTACT, d.store().create(RecordType.CONTACT,
          new Contact(Ids.newId(), candidate, null, me, LocationType.values()[random.nextInt(3)],
              Instant.now().minus(Duration.ofMinutes(5 + random.nextInt(600))), 15 + random.nextInt(60), null,
              "Gesprek " + random.nextInt(1000), null, today.plusDays(7), false, false, null))));
      case 1 -> {
        int from = d.store().currentRung(candidate).orElse(1);
        int to = 1 + (from + random.nextInt(5)) % 6;
        created.add(created(d, RecordType.LADDER_STEP, d.store().create(RecordType.LADDER_STEP,
            new LadderStep(Ids.newId(), candidate, from, to, today, "Stap " + random.nextInt(1000), me, null))));
      }
      case 2 -> live(d, employers, random).ifPresent(employer -> created.add(created(d, RecordType.COACHING_HOURS,
          d.store().create(RecordType.COACHING_HOURS, new CoachingHours(Ids.newId(), candidate, employer, today,
              1 + random.nextInt(12), CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, me, null, null, null,
              null, null)))));
      // Edits crowd onto three employers, so devices often edit the same field between syncs.
      case 3, 4 -> live(d, employers.subList(0, 3), random).ifPresent(employer -> edit(d, RecordType.EMPLOYER, employer,
          EMPLOYER_FIELDS.get(random.nextInt(EMPLOYER_FIELDS.size())), random, edits));
      case 5 -> {
        if (d.store().candidate(candidate).isPresent()) {
          edit(d, RecordType.CANDIDATE, candidate, CANDIDATE_FIELDS.get(random.nextInt(CANDIDATE_FIELDS.size())),
              random, edits);
        }
      }
      case 6 -> {
        Employer employer = d.store().create(RecordType.EMPLOYER, new Employer(Ids.newId(),
            "Werkgever " + random.nextInt(100_000), String.valueOf(10_000_000 + random.nextInt(89_999_999)),
            Sector.values()[random.nextInt(Sector.values().length)], null, null, null, null, false, false));
        employers.add(employer.id());
        created.add(created(d, RecordType.EMPLOYER, employer));
      }
      case 7 -> {
        // Only employers made during the test are deleted, so the demo's stay for everyone.
        List<UUID> ours = employers.subList(Math.min(10, employers.size()), employers.size());
        if (!ours.isEmpty()) {
          UUID victim = ours.get(random.nextInt(ours.size()));
          Optional<StoredRecord> known = d.store().find(victim);
          if (known.isPresent() && !known.get().deleted() && known.get().serverVersion() > 0) {
            d.store().delete(RecordType.EMPLOYER, victim);
          }
        }
      }
      default -> d.engine().syncNow();
    }
  }

  private static Optional<UUID> live(Device d, List<UUID> employers, Random random) {
    List<UUID> known = employers.stream()
        .filter(id -> d.store().find(id).filter(r -> !r.deleted() && r.data() != null).isPresent()).toList();
    return known.isEmpty() ? Optional.empty() : Optional.of(known.get(random.nextInt(known.size())));
  }

  private static void edit(Device d, RecordType type, UUID id, String field, Random random, List<Edit> edits) {
    StoredRecord stored = d.store().find(id).orElseThrow();
    String value = field.equals("phone") ? "06-" + (10_000_000 + random.nextInt(89_999_999))
        : field.equals("contactPhone") ? "0481-" + (100_000 + random.nextInt(899_999))
        : field + " " + Ids.newId().toString().substring(24);
    ObjectNode data = stored.data().deepCopy();
    data.put(field, value);
    d.store().update(type, MutationRules.read(type, data));
    edits.add(new Edit(d.name(), id, field, value));
  }

  private static Created created(Device d, RecordType type, DomainRecord record) {
    return new Created(d.name(), type, record.id());
  }

  // ---------------------------------------------------------------- settling and checking

  private static void settle(List<Device> devices, FaultyNetwork network, String where) throws Exception {
    network.heal();
    for (int round = 0; round < 6; round++) {
      for (Device d : devices) {
        d.engine().syncNow();
      }
      boolean quiet = devices.stream().allMatch(d -> d.store().pendingOutbox(1).isEmpty());
      if (quiet && round >= 1) {
        // One more round: what the last device pushed reaches the first.
        for (Device d : devices) {
          assertThat(d.engine().syncNow().lastError()).as(where + ": %s syncs on a healed network", d.name()).isNull();
        }
        return;
      }
    }
    throw new AssertionError(where + ": outboxes did not empty on a healed network");
  }

  private void check(List<Device> devices, RealServer server, FaultyNetwork network, Set<UUID> shared,
      List<Edit> edits, List<Created> created, String where) throws Exception {
    Map<UUID, RecordChange> truth = serverView(server, devices.get(2));
    Map<UUID, List<MutationResult>> answers = network.answers();
    Map<UUID, Mutation> mutations = network.mutations();

    // Applied at most once: a repeated mutation id always gets the first answer again.
    answers.forEach((id, list) -> assertThat(new HashSet<>(list)).as(where + ": answers to mutation " + id).hasSize(1));
    truth.values().stream()
        .filter(r -> r.type().appendOnly())
        .forEach(r -> assertThat(r.version()).as(where + ": history record applied once").isEqualTo(1));

    // Every acknowledged mutation is there.
    answers.forEach((id, list) -> {
      MutationResult answer = list.get(0);
      long version = answer instanceof MutationResult.Applied a ? a.version()
          : answer instanceof MutationResult.Conflicted c ? c.version() : -1;
      if (version > 0) {
        RecordChange now = truth.get(answer.recordId());
        assertThat(now).as(where + ": acknowledged mutation %s of record %s", id, answer.recordId()).isNotNull();
        assertThat(now.version()).as(where + ": version of %s", answer.recordId()).isGreaterThanOrEqualTo(version);
      }
    });

    // Every device agrees with the server about what it may see.
    for (Device d : devices) {
      assertThat(d.store().pendingOutbox(1)).as(where + ": %s outbox", d.name()).isEmpty();
      boolean seesAll = d.name().equals("casemanager1");
      for (RecordChange r : truth.values()) {
        UUID file = fileOf(r);
        if (!seesAll && file != null && !shared.contains(file)) {
          continue;
        }
        Optional<StoredRecord> mine = d.store().find(r.id());
        if (r.deleted()) {
          mine.ifPresent(m -> assertThat(m.deleted()).as(where + ": %s holds deleted %s", d.name(), r.id()).isTrue());
          continue;
        }
        assertThat(mine).as(where + ": %s has %s %s", d.name(), r.type(), r.id()).isPresent();
        assertThat(mine.get().serverVersion()).as(where + ": %s version of %s", d.name(), r.id()).isEqualTo(r.version());
        assertThat(mine.get().data()).as(where + ": %s data of %s", d.name(), r.id()).isEqualTo(r.data());
      }
      for (StoredRecord mine : d.store().records()) {
        if (mine.syncState() == SyncState.SYNCED && !mine.deleted()) {
          assertThat(truth).as(where + ": %s holds %s the server does not", d.name(), mine.id()).containsKey(mine.id());
        }
      }
    }

    // Every record a device made is on the server or refused where the coach sees it.
    for (Created c : created) {
      if (!truth.containsKey(c.id())) {
        StoredRecord mine = device(devices, c.device()).store().find(c.id()).orElseThrow();
        assertThat(mine.syncState()).as(where + ": %s's %s %s is neither on the server nor refused", c.device(),
            c.type(), c.id()).isEqualTo(SyncState.REJECTED);
        assertThat(mine.violations()).isNotEmpty();
      }
    }

    // No edit silently lost.
    for (Edit e : edits) {
      Mutation m = mutations.values().stream()
          .filter(x -> x.recordId().equals(e.recordId()) && x.kind() == MutationKind.UPDATE && x.fields() != null
              && x.fields().has(e.field()) && x.fields().get(e.field()).asText().equals(e.value()))
          .findFirst().orElseThrow(() -> new AssertionError(where + ": edit " + e + " never reached the server"));
      MutationResult answer = answers.get(m.id()).get(0);
      RecordChange now = truth.get(e.recordId());
      if (answer instanceof MutationResult.Rejected rejected) {
        assertThat(rejected.violations()).as(where + ": refusal of %s", e).extracting(v -> v.rule()).contains("deleted");
        continue;
      }
      if (now.deleted()) {
        continue;
      }
      if (answer instanceof MutationResult.Conflicted c
          && c.conflicts().stream().anyMatch(f -> f.field().equals(e.field()))) {
        assertThat(now.conflicts()).as(where + ": conflict of %s kept on the record", e)
            .anyMatch(f -> f.field().equals(e.field()) && f.deviceValue().asText().equals(e.value()));
        continue;
      }
      long appliedAt = answer instanceof MutationResult.Applied a ? a.version() : ((MutationResult.Conflicted) answer).version();
      JsonNode value = now.data().get(e.field());
      boolean current = value != null && value.asText().equals(e.value());
      boolean overwrittenLater = edits.stream()
          .filter(o -> o != e && o.recordId().equals(e.recordId()) && o.field().equals(e.field()))
          .map(o -> appliedVersion(o, mutations, answers))
          .anyMatch(v -> v > appliedAt);
      assertThat(current || overwrittenLater)
          .as(where + ": edit %s is not the value (%s), not overwritten later, and not a conflict", e, value).isTrue();
    }
  }

  private static long appliedVersion(Edit e, Map<UUID, Mutation> mutations, Map<UUID, List<MutationResult>> answers) {
    return mutations.values().stream()
        .filter(x -> x.recordId().equals(e.recordId()) && x.kind() == MutationKind.UPDATE && x.fields() != null
            && x.fields().has(e.field()) && x.fields().get(e.field()).asText().equals(e.value()))
        .map(x -> answers.get(x.id()).get(0))
        .filter(a -> a instanceof MutationResult.Applied
            || (a instanceof MutationResult.Conflicted c && c.conflicts().stream().map(FieldConflict::field)
                .noneMatch(e.field()::equals)))
        .mapToLong(a -> a instanceof MutationResult.Applied ap ? ap.version() : ((MutationResult.Conflicted) a).version())
        .findFirst().orElse(-1);
  }

  private static UUID fileOf(RecordChange r) {
    if (r.data() == null) {
      return null;
    }
    if (r.type() == RecordType.CANDIDATE) {
      return r.id();
    }
    JsonNode candidate = r.data().get("candidateId");
    return candidate == null || candidate.isNull() ? null : UUID.fromString(candidate.asText());
  }

  /** What the server holds, read straight from it (no faults) with the case manager's token. */
  private static Map<UUID, RecordChange> serverView(RealServer server, Device observer) throws Exception {
    SyncClient direct = new SyncClient(server.url());
    String token = observer.store().session().orElseThrow().token();
    Map<UUID, RecordChange> view = new HashMap<>();
    String cursor = null;
    PullPage page;
    do {
      page = direct.pull(token, cursor, 5000);
      page.changes().forEach(c -> view.put(c.id(), c));
      cursor = page.cursor();
    } while (page.hasMore());
    return view;
  }

  private static Device device(List<Device> devices, String name) {
    return devices.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }

  private Device device(String user, RealServer server, FaultyNetwork network) throws Exception {
    LoginService logins = new LoginService(dir.resolve("device-" + user), CLOCK, SyncClient::new, 1_000, "test-" + user);
    Session session = logins.login(server.url(), user, PASSWORD.toCharArray());
    // Retries are driven by the scenario, not by timers: a failed run just leaves the outbox.
    SyncEngine engine = new SyncEngine(session.store(), new SyncClient(network.url()), CLOCK,
        new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)), SyncEngine.Settings.standard());
    return new Device(user, session, engine);
  }

}
