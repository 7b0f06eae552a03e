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
import nl.trede.client.store.Editing;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.OutboxEntry;
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
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
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
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomised convergence under faults. Three devices (two coaches sharing a caseload and their
 * case manager) work offline on shared records (employers, candidates) and their own history
 * (contacts, ladder steps, coaching hours); forms are opened, left open across syncs and saved
 * later; the case manager takes the second coach off files and puts them back while the coach
 * works on them offline; the network between them and the real server drops requests and
 * answers, duplicates them, delivers old ones late and out of order, and now and then the server
 * is killed mid-push and restarted. After each scenario the network heals and every device syncs
 * until quiet; then:
 * <ul>
 *   <li>every device agrees with the server about every record in its scope, and holds nothing
 *       of a file outside it;</li>
 *   <li>every mutation the server acknowledged is there, and was applied once (history records
 *       have version 1; once a mutation id was applied, every answer to it is that answer);</li>
 *   <li>every edit is the field's value, or was overwritten by a later applied edit, or is kept in
 *       a recorded conflict, or was refused visibly: nothing is silently lost;</li>
 *   <li>every record a device created is on the server or shown as refused on that device.</li>
 * </ul>
 * On PostgreSQL it also runs with two server processes on one database, as a region runs Trede
 * behind a load balancer (DESIGN §6, docs/deploy.md): the network sends each request to a random
 * instance, and the instance killed mid-push starts again in the background while the push is
 * passed on to the other, which carries on alone meanwhile.
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

  /** An edit as the device made it, found again by its mutation id. */
  record Edit(String device, UUID mutationId, UUID recordId, String field, String value) {}

  record Created(String device, RecordType type, UUID id) {}

  /** Two server instances on one PostgreSQL database, each request to a random one. */
  private static final String TWO_INSTANCES = "postgres-two-instances";

  /** {@code -Dtrede.convergence.databases=sqlite} runs one database only (long runs outside CI). */
  static List<String> databases() {
    return List.of(System.getProperty("trede.convergence.databases", "sqlite,postgres," + TWO_INSTANCES).split(","));
  }

  @ParameterizedTest(name = "on {0}")
  @MethodSource("databases")
  void devicesConvergeAndNothingIsLostDuplicatedOrSilentlyOverwritten(String database) throws Exception {
    boolean twoInstances = database.equals(TWO_INSTANCES);
    // Two instances cost a second server and its restarts: fewer scenarios by default, killed more often.
    int scenarios = Integer.getInteger("trede.convergence.scenarios", twoInstances ? 40 : 150);
    int crashEvery = twoInstances ? 25 : 50;
    long seed = Long.getLong("trede.convergence.seed", new Random().nextLong());
    List<String> options = database.startsWith("postgres") ? TestPostgres.serverOptions()
        : List.of("-Dtrede.db.path=" + dir.resolve("server.db"));
    List<RealServer> instances = twoInstances ? RealServer.startTogether(2, dir, options)
        : List.of(RealServer.start(RealServer.jar(), Files.createDirectories(dir.resolve("server")), options));
    try (FaultyNetwork network = new FaultyNetwork(instances)) {
      RealServer server = instances.get(0);
      List<Device> devices = List.of(
          device("coach1", server, network), device("coach1b", server, network), device("casemanager1", server, network));
      for (Device d : devices) {
        d.engine().syncNow();
      }
      String observer = new SyncClient(server.url()).login("office1", PASSWORD, Ids.newId(), "observer").token();
      Set<UUID> shared = devices.get(0).store().caseloadFiles().stream().map(f -> f.file().candidate().id())
          .collect(Collectors.toSet());
      // The case manager moves the second coach off these files and back during the run.
      List<UUID> moving = shared.stream().sorted().limit(2).toList();
      Map<String, Editing<?>> openForms = new HashMap<>();
      List<UUID> employers = new ArrayList<>(devices.get(0).store().employers().stream().map(Employer::id).toList());
      List<Edit> edits = new ArrayList<>();
      List<Created> created = new ArrayList<>();
      Random random = new Random(seed);

      for (int scenario = 0; scenario < scenarios; scenario++) {
        String where = "seed " + seed + ", scenario " + scenario + " on " + database;
        network.disturb(random.nextLong(), 0.35);
        boolean crash = scenario % crashEvery == 17;
        if (crash) {
          // Never both instances down at once: the one killed last time must be back first.
          network.awaitRestarts();
          network.crashOnNextPush();
        }
        int actions = 3 + random.nextInt(8);
        for (int a = 0; a < actions; a++) {
          Device d = devices.get(random.nextInt(devices.size()));
          act(d, devices, random, shared, moving, employers, edits, created, openForms);
          if (random.nextInt(4) == 0) {
            network.deliverHeldBack();
          }
        }
        if (crash) {
          // Something to push, so the armed crash hits a push.
          Random more = new Random(scenario);
          while (devices.get(0).store().pendingOutbox(1).isEmpty()) {
            act(devices.get(0), devices, more, shared, moving, employers, edits, created, openForms);
          }
        }
        network.deliverHeldBack();
        settle(devices, network, where);
        // The full comparison reads every record on every device; every few scenarios (and after
        // every crash) is enough, as state carries over and nothing is ever forgiven later.
        if (crash || scenario % 5 == 4 || scenario == scenarios - 1) {
          check(devices, network.instanceUp(), observer, network, edits, created, where);
        }
      }
      Map<UUID, List<MutationResult>> answers = network.answers();
      long conflicts = answers.values().stream().filter(l -> l.get(0) instanceof MutationResult.Conflicted).count();
      long rejected = answers.values().stream().filter(l -> l.get(0) instanceof MutationResult.Rejected).count();
      long afterHandover = answers.values().stream().flatMap(List::stream)
          .filter(a -> a instanceof MutationResult.Applied applied && applied.afterHandover()).count();
      long resent = answers.values().stream().filter(l -> l.get(0) instanceof MutationResult.Rejected
          && !(l.get(l.size() - 1) instanceof MutationResult.Rejected)).count();
      long repeated = answers.values().stream().filter(l -> l.size() > 1).count();
      System.out.printf("convergence on %s: seed=%d scenarios=%d mutations=%d repeated=%d conflicts=%d rejected=%d"
          + " crashes=%d edits=%d afterHandover=%d resentAfterReturn=%d requestsPerInstance=%s failovers=%d%n",
          database, seed, scenarios, network.mutations().size(), repeated, conflicts, rejected, network.crashes(),
          edits.size(), afterHandover, resent, network.servedPerInstance(), network.failovers());
      // The run must have exercised what it claims to prove.
      assertThat(network.crashes()).as("the server was killed mid-push").isGreaterThan(0);
      if (twoInstances) {
        assertThat(network.servedPerInstance()).as("requests reached both instances").allMatch(n -> n > 0);
        assertThat(network.failovers()).as("every killed push passed on to the other instance")
            .isEqualTo(network.crashes());
        network.awaitRestarts();
        check(devices, instances.get(0), observer, network, edits, created, "seed " + seed + " at the end on "
            + database + ", every instance up again");
      } else {
        // The short two-instance run may happen to have none of these; these runs are long enough always to.
        assertThat(repeated).as("mutations delivered more than once").isGreaterThan(0);
        assertThat(conflicts).as("same-field conflicts").isGreaterThan(0);
        assertThat(afterHandover).as("history taken into a file after its author left it").isGreaterThan(0);
      }
      for (Device d : devices) {
        d.engine().close();
        d.store().close();
      }
    } finally {
      instances.forEach(RealServer::close);
    }
  }

  // ---------------------------------------------------------------- what the devices do

  private void act(Device d, List<Device> devices, Random random, Set<UUID> shared, List<UUID> moving,
      List<UUID> employers, List<Edit> edits, List<Created> created, Map<String, Editing<?>> openForms) {
    UUID me = d.session().user().userId();
    List<UUID> files = new ArrayList<>(shared);
    files.sort(null);
    UUID candidate = files.get(random.nextInt(files.size()));
    LocalDate today = LocalDate.now(CLOCK.withZone(Violations.ZONE));
    switch (random.nextInt(12)) {
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
      case 3, 4 -> live(d, employers.subList(0, 3), random).ifPresent(employer -> open(d, RecordType.EMPLOYER, employer)
          .ifPresent(form -> save(d, form, EMPLOYER_FIELDS.get(random.nextInt(EMPLOYER_FIELDS.size())), random, edits)));
      case 5 -> open(d, RecordType.CANDIDATE, candidate).ifPresent(form -> save(d, form,
          CANDIDATE_FIELDS.get(random.nextInt(CANDIDATE_FIELDS.size())), random, edits));
      case 6 -> {
        Employer employer = d.store().create(RecordType.EMPLOYER, new Employer(Ids.newId(),
            "Werkgever " + random.nextInt(100_000), String.valueOf(10_000_000 + random.nextInt(89_999_999)),
            Sector.values()[random.nextInt(Sector.values().length)], null, null, null, null, false, false, null, null));
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
      // A form opened now and saved after later syncs, as a coach leaves a screen open.
      case 8 -> {
        boolean employer = random.nextBoolean();
        // Often a file the case manager moves coaches on: a form held open while it leaves and returns.
        UUID file = random.nextBoolean() ? moving.get(random.nextInt(moving.size())) : candidate;
        Optional<UUID> target = employer ? live(d, employers.subList(0, 3), random) : Optional.of(file);
        target.flatMap(id -> open(d, employer ? RecordType.EMPLOYER : RecordType.CANDIDATE, id))
            .ifPresent(form -> openForms.put(d.name(), form));
      }
      case 9 -> {
        Editing<?> form = openForms.remove(d.name());
        if (form != null) {
          save(d, form, (form.type() == RecordType.EMPLOYER ? EMPLOYER_FIELDS : CANDIDATE_FIELDS)
              .get(random.nextInt(2)), random, edits);
        }
      }
      case 10 -> {
        if (d.name().equals("casemanager1")) {
          moveSecondCoach(d, device(devices, "coach1b"), moving.get(random.nextInt(moving.size())));
        } else {
          d.engine().syncNow();
        }
      }
      default -> d.engine().syncNow();
    }
  }

  /** The case manager takes the second coach off the file, or puts them back on it. */
  private static void moveSecondCoach(Device caseManager, Device coach, UUID candidate) {
    Optional<Editing<Candidate>> opened = caseManager.store().edit(RecordType.CANDIDATE, candidate);
    if (opened.isEmpty()) {
      return;
    }
    Candidate c = opened.get().record();
    UUID coachId = coach.session().user().userId();
    List<UUID> coaches = new ArrayList<>(c.coachIds());
    if (!coaches.remove(coachId)) {
      coaches.add(coachId);
    }
    caseManager.store().update(opened.get(), new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(),
        c.phone(), c.address(), c.caseManagerId(), coaches, c.benefitStartDate(), c.flags(), c.classification(),
        c.wageValuePercent(), c.exemptions(), c.participation(), c.plan(), c.inflow(), c.exit(), c.certificates(),
        c.languageLevel(), c.availableHoursPerWeek()));
  }

  private static Optional<UUID> live(Device d, List<UUID> employers, Random random) {
    List<UUID> known = employers.stream()
        .filter(id -> d.store().find(id).filter(r -> !r.deleted() && r.data() != null).isPresent()).toList();
    return known.isEmpty() ? Optional.empty() : Optional.of(known.get(random.nextInt(known.size())));
  }

  private static Optional<Editing<?>> open(Device d, RecordType type, UUID id) {
    return d.store().edit(type, id).map(form -> (Editing<?>) form);
  }

  /** Saves one field through a form opened earlier, and remembers the edit by its mutation id. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void save(Device d, Editing<?> form, String field, Random random, List<Edit> edits) {
    String value = field.equals("phone") ? "06-" + (10_000_000 + random.nextInt(89_999_999))
        : field.equals("contactPhone") ? "0481-" + (100_000 + random.nextInt(899_999))
        : field + " " + Ids.newId().toString().substring(24);
    ObjectNode data = form.seen().deepCopy();
    data.put(field, value);
    try {
      d.store().update((Editing) form, MutationRules.read(form.type(), data));
    } catch (ValidationException e) {
      // Deleted meanwhile (tombstones win) or gone from the device long ago: refused as the coach saves.
      assertThat(e.violations()).extracting(Violation::rule).containsAnyOf("deleted", "not-found");
      return;
    }
    List<OutboxEntry> outbox = d.store().pendingOutbox(Integer.MAX_VALUE);
    Mutation made = outbox.get(outbox.size() - 1).mutation();
    assertThat(made.recordId()).isEqualTo(form.record().id());
    edits.add(new Edit(d.name(), made.id(), made.recordId(), field, value));
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

  /**
   * The answer that stands for a mutation: the first one that applied it (a later repeat is
   * answered from the server's memory), else the last refusal (a refusal is judged again when the
   * device resends, e.g. after a file came back).
   */
  private static MutationResult standing(List<MutationResult> answers) {
    return answers.stream().filter(a -> !(a instanceof MutationResult.Rejected)).findFirst()
        .orElse(answers.get(answers.size() - 1));
  }

  private void check(List<Device> devices, RealServer server, String observer, FaultyNetwork network,
      List<Edit> edits, List<Created> created, String where) throws Exception {
    Map<UUID, RecordChange> truth = server.view(observer);
    Map<UUID, List<MutationResult>> answers = network.answers();
    Map<UUID, Mutation> mutations = network.mutations();

    // Applied at most once: once a mutation id is applied, every later answer is that same answer.
    answers.forEach((id, list) -> {
      List<MutationResult> after = list.subList(list.indexOf(standing(list)), list.size());
      if (!(standing(list) instanceof MutationResult.Rejected)) {
        assertThat(new HashSet<>(after)).as(where + ": answers to mutation " + id + " once applied").hasSize(1);
      }
    });
    truth.values().stream()
        .filter(r -> r.type().appendOnly())
        .forEach(r -> assertThat(r.version()).as(where + ": history record applied once").isEqualTo(1));

    // Every acknowledged mutation is there.
    answers.forEach((id, list) -> {
      MutationResult answer = standing(list);
      long version = answer instanceof MutationResult.Applied a ? a.version()
          : answer instanceof MutationResult.Conflicted c ? c.version() : -1;
      if (version > 0) {
        RecordChange now = truth.get(answer.recordId());
        assertThat(now).as(where + ": acknowledged mutation %s of record %s", id, answer.recordId()).isNotNull();
        assertThat(now.version()).as(where + ": version of %s", answer.recordId()).isGreaterThanOrEqualTo(version);
      }
    });

    // Every device agrees with the server about what it may see, and holds nothing else of any file.
    for (Device d : devices) {
      assertThat(d.store().pendingOutbox(1)).as(where + ": %s outbox", d.name()).isEmpty();
      Set<UUID> scope = scopeOf(d, truth);
      for (RecordChange r : truth.values()) {
        UUID file = fileOf(r);
        Optional<StoredRecord> mine = d.store().find(r.id());
        if (file != null && !scope.contains(file)) {
          assertThat(mine).as(where + ": %s holds %s %s of a file outside its caseload", d.name(), r.type(), r.id())
              .isEmpty();
          continue;
        }
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
        Device d = device(devices, c.device());
        Optional<StoredRecord> mine = d.store().find(c.id());
        if (mine.isPresent()) {
          assertThat(mine.get().syncState()).as(where + ": %s's %s %s is neither on the server nor refused",
              c.device(), c.type(), c.id()).isEqualTo(SyncState.REJECTED);
          assertThat(mine.get().violations()).isNotEmpty();
        } else {
          assertThat(refusedOnLeftFile(d, c.id())).as(where + ": %s's %s %s is neither on the server nor shown"
              + " as refused with its file", c.device(), c.type(), c.id()).isTrue();
        }
      }
    }

    // No edit silently lost.
    for (Edit e : edits) {
      Mutation m = mutations.get(e.mutationId());
      assertThat(m).as(where + ": edit " + e + " never reached the server").isNotNull();
      MutationResult answer = standing(answers.get(m.id()));
      RecordChange now = truth.get(e.recordId());
      if (answer instanceof MutationResult.Rejected rejected) {
        List<String> rules = rejected.violations().stream().map(Violation::rule).toList();
        if (rules.contains("not-found")) {
          // The file left the coach's caseload: the edit stays in front of them until dealt with.
          assertThat(device(devices, e.device()).store().leftFiles())
              .as(where + ": refused edit %s shown with its file", e)
              .anySatisfy(f -> assertThat(f.unsent()).anyMatch(u -> u.mutation().id().equals(m.id())));
        } else {
          assertThat(rules).as(where + ": refusal of %s", e).contains("deleted");
        }
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
          .map(o -> appliedVersion(o, answers))
          .anyMatch(v -> v > appliedAt);
      assertThat(current || overwrittenLater)
          .as(where + ": edit %s is not the value (%s), not overwritten later, and not a conflict", e, value).isTrue();
    }
  }

  private static boolean refusedOnLeftFile(Device d, UUID recordId) {
    return d.store().leftFiles().stream().flatMap(f -> f.unsent().stream())
        .anyMatch(u -> u.mutation().recordId().equals(recordId) && !u.refused().isEmpty());
  }

  private static long appliedVersion(Edit e, Map<UUID, List<MutationResult>> answers) {
    List<MutationResult> list = answers.get(e.mutationId());
    if (list == null) {
      return -1;
    }
    MutationResult a = standing(list);
    if (a instanceof MutationResult.Applied ap) {
      return ap.version();
    }
    if (a instanceof MutationResult.Conflicted c && c.conflicts().stream().map(FieldConflict::field)
        .noneMatch(e.field()::equals)) {
      return c.version();
    }
    return -1;
  }

  /** The files a device's user carries, by the candidates as the server holds them. */
  private static Set<UUID> scopeOf(Device d, Map<UUID, RecordChange> truth) {
    String me = d.session().user().userId().toString();
    Set<UUID> scope = new HashSet<>();
    for (RecordChange r : truth.values()) {
      if (r.type() == RecordType.CANDIDATE && !r.deleted()
          && (me.equals(r.data().path("caseManagerId").asText())
              || java.util.stream.StreamSupport.stream(r.data().path("coachIds").spliterator(), false)
                  .anyMatch(id -> id.asText().equals(me)))) {
        scope.add(r.id());
      }
    }
    return scope;
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
