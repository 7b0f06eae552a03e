package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * For random pushes by random users of the demo's two municipalities, nothing outside the pusher's
 * scope ever changes: every record, caseload entry, caseload removal and history row is compared
 * before and after each push, and whatever changed must be in the pusher's municipality, in a file
 * the pusher held before the push (or outside any file, or a file the push itself registered, for
 * a role that may register one), never an append-only entry rewritten, never an author changed or
 * set to someone else, never a file deleted, closed or reassigned by a role that does not own files,
 * never a correction of another file's or kind's entry, and outside the pusher's files only new history
 * in a file they were just taken off (the handover rule). The pushes aim as often at other caseloads
 * and municipalities as at the pusher's own.
 *
 * <p>Seeded: {@code -Dtrede.property.seed=N} repeats a run, {@code -Dtrede.property.pushes=N} sets
 * its size (default 150); a failure names its seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WriteScopePropertyContract implements TestPropertyProvider {
  private static final String[] USERS = {"coach1", "coach1b", "coach2", "jobcoach1", "jobhunter1", "casemanager1",
      "office1", "admin1", "coach-dalfsen", "casemanager-dalfsen", "office-dalfsen"};
  private static final RecordType[] TYPES = {RecordType.CANDIDATE, RecordType.CONTACT, RecordType.LADDER_STEP,
      RecordType.COACHING_HOURS, RecordType.EMPLOYER, RecordType.VACANCY, RecordType.PLACEMENT,
      RecordType.CONFIGURATION};

  @Inject
  @Client("/")
  HttpClient httpClient;

  @Inject
  JdbcOperations jdbc;

  private record Pusher(String username, Session session, Role role, String tenant) {}

  /** A stored record as the snapshot sees it. */
  private record Stored(String id, String tenant, String type, String candidate, long version, boolean deleted,
      String data, String stamps, String conflicts) {}

  /** Everything a push could change, keyed: records, caseload entries, removals, history. */
  private record Snapshot(Map<String, Stored> records, Set<String> caseloads, Set<String> removals,
      Map<String, String> history) {}

  @Test
  void randomPushesNeverChangeAnythingOutsideThePushersScope() {
    long seed = Long.getLong("trede.property.seed", new SecureRandom().nextLong());
    int pushes = Integer.getInteger("trede.property.pushes", 150);
    try {
      run(new Random(seed), pushes);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("write scope property failed with seed " + seed
          + " (repeat with -Dtrede.property.seed=" + seed + "): " + e.getMessage(), e);
    }
  }

  private void run(Random random, int pushes) {
    ApiClient api = new ApiClient(httpClient.toBlocking());
    List<Pusher> pushers = new ArrayList<>();
    for (String username : USERS) {
      Session session = api.login(username);
      String[] who = one("SELECT role, tenant_id FROM app_user WHERE id = '" + session.userId() + "'");
      pushers.add(new Pusher(username, session, Role.valueOf(who[0]), who[1]));
    }
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < pushes; i++) {
      Pusher p = pushers.get(random.nextInt(pushers.size()));
      Snapshot before = snapshot();
      List<Mutation> batch = new ArrayList<>();
      int size = 1 + random.nextInt(3);
      for (int k = 0; k < size; k++) {
        batch.add(mutation(random, p, before, pushers));
      }
      List<MutationResult> results = api.push(p.session(), batch.toArray(Mutation[]::new));
      results.forEach(r -> outcomes.merge(r.getClass().getSimpleName(), 1, Integer::sum));
      Snapshot after = snapshot();
      String context = "push " + i + " by " + p.username() + " of " + batch.stream()
          .map(m -> m.kind() + " " + m.type().wireName() + " " + m.recordId()).toList() + " → " + results;
      checkScope(p, before, after, batch, context);
    }
    System.out.println("write scope property: " + pushes + " pushes, outcomes " + outcomes);
    assertThat(outcomes.getOrDefault("Applied", 0)).as("some pushes applied").isPositive();
    assertThat(outcomes.getOrDefault("Rejected", 0)).as("some pushes refused").isPositive();
  }

  // ---------------------------------------------------------------- the property

  private void checkScope(Pusher p, Snapshot before, Snapshot after, List<Mutation> batch, String context) {
    Set<String> held = new HashSet<>();
    before.caseloads().stream().filter(k -> k.startsWith(p.session().userId() + "|"))
        .forEach(k -> held.add(k.substring(k.indexOf('|') + 1)));
    // Files the pusher was taken off (all within the 30 days of a test run): new history only
    // (sync-protocol.md, "When a file leaves a caseload").
    Set<String> handedOver = new HashSet<>();
    before.removals().stream().filter(k -> k.startsWith(p.session().userId() + "|"))
        .forEach(k -> handedOver.add(k.split("\\|")[1]));
    // Files this push registered: a role that registers files may work in them at once.
    Set<String> registered = new HashSet<>();
    after.records().values().stream()
        .filter(r -> r.type().equals("candidate") && !before.records().containsKey(r.id()))
        .forEach(r -> registered.add(r.id()));
    if (!registered.isEmpty()) {
      assertThat(p.role().ownsFiles()).as(context + ": a candidate registered by a " + p.role()).isTrue();
    }
    Set<String> ids = new HashSet<>(before.records().keySet());
    ids.addAll(after.records().keySet());
    for (String id : ids) {
      Stored was = before.records().get(id);
      Stored now = after.records().get(id);
      if (Objects.equals(was, now)) {
        continue;
      }
      String what = context + ": record " + id;
      assertThat(now).as(what + " removed").isNotNull();
      assertThat(now.tenant()).as(what + " of another municipality").isEqualTo(p.tenant());
      if (was != null) {
        assertThat(was.tenant()).as(what + " moved municipality").isEqualTo(p.tenant());
        assertThat(RecordType.fromWire(was.type()).appendOnly()).as(what + " history rewritten").isFalse();
        assertThat(now.type()).as(what + " changed type").isEqualTo(was.type());
      }
      boolean lateHistory = was == null && RecordType.fromWire(now.type()).appendOnly()
          && handedOver.contains(now.candidate());
      for (String candidate : new String[] {was == null ? null : was.candidate(), now.candidate()}) {
        assertThat(lateHistory || inScope(p, candidate, held, registered)).as(what + " in the file of " + candidate)
            .isTrue();
      }
      if (was != null && now.type().equals("candidate") && !p.role().ownsFiles()) {
        // Within reach, only a file's owner deletes, closes or reassigns it (RoleRules).
        assertThat(now.deleted()).as(what + ": a file deleted by a " + p.role()).isFalse();
        for (String owned : nl.trede.sync.RoleRules.FILE_OWNER_FIELDS) {
          assertThat(read(now.data()).get(owned)).as(what + ": " + owned + " changed by a " + p.role())
              .isEqualTo(read(was.data()).get(owned));
        }
      }
      String corrects = was == null && !now.deleted() ? field(now, "correctsId") : null;
      if (corrects != null) {
        // A correction hides the entry it corrects: only one of its own kind, in its own file.
        Stored corrected = before.records().get(corrects);
        assertThat(corrected).as(what + ": corrects a record that did not exist").isNotNull();
        assertThat(List.of(corrected.tenant(), corrected.type(), String.valueOf(corrected.candidate())))
            .as(what + ": corrects another file's or kind's record")
            .isEqualTo(List.of(now.tenant(), now.type(), String.valueOf(now.candidate())));
      }
      String author = RecordType.fromWire(now.type()).authorField();
      if (author != null && !now.deleted()) {
        String made = field(now, author);
        if (was == null || was.deleted()) {
          assertThat(made).as(what + ": made in someone else's name").isEqualTo(p.session().userId());
        } else {
          assertThat(made).as(what + ": its author changed").isEqualTo(field(was, author));
        }
      }
    }
    for (List<Set<String>> pair : List.of(List.of(before.caseloads(), after.caseloads()),
        List.of(before.removals(), after.removals()))) {
      Set<String> changed = new HashSet<>(pair.get(0));
      changed.addAll(pair.get(1));
      Set<String> same = new HashSet<>(pair.get(0));
      same.retainAll(pair.get(1));
      changed.removeAll(same);
      for (String key : changed) {
        String candidate = key.split("\\|")[1];
        Stored file = after.records().getOrDefault(candidate, before.records().get(candidate));
        assertThat(file).as(context + ": caseload of an unknown file " + key).isNotNull();
        assertThat(file.tenant()).as(context + ": caseload " + key + " of another municipality").isEqualTo(p.tenant());
        assertThat(inScope(p, candidate, held, registered)).as(context + ": caseload " + key).isTrue();
      }
    }
    after.history().forEach((key, tenant) -> {
      if (!before.history().containsKey(key)) {
        assertThat(tenant).as(context + ": history " + key).isEqualTo(p.tenant());
      }
    });
    assertThat(after.history().keySet()).as(context + ": history lost").containsAll(before.history().keySet());
  }

  private static boolean inScope(Pusher p, String candidate, Set<String> held, Set<String> registered) {
    if (candidate == null || p.role().seesWholeMunicipality() || registered.contains(candidate)) {
      return true;
    }
    return p.role().hasCaseload() && held.contains(candidate);
  }

  private static String field(Stored r, String name) {
    JsonNode node = read(r.data()).get(name);
    return node == null || node.isNull() ? null : node.asText();
  }

  // ---------------------------------------------------------------- random pushes

  private Mutation mutation(Random random, Pusher p, Snapshot s, List<Pusher> pushers) {
    List<Stored> live = s.records().values().stream().filter(r -> !r.deleted()).toList();
    // Half the time something of the pusher's own municipality, else anything at all.
    List<Stored> pool = random.nextBoolean() ? live.stream().filter(r -> r.tenant().equals(p.tenant())).toList() : live;
    int dice = random.nextInt(100);
    if (dice < 45) {
      RecordType type = TYPES[random.nextInt(TYPES.length - 1)];
      DomainRecord record = fresh(random, type, p, pool, pushers);
      ObjectNode fields = Json.MAPPER.valueToTree(record);
      UUID id = random.nextInt(10) == 0 ? UUID.fromString(pick(random, live).id()) : record.id();
      fields.put("id", id.toString());
      return new Mutation(Ids.newId(), type, id, MutationKind.CREATE, 0, fields, List.of(), Instant.now());
    }
    Stored target = pick(random, pool);
    RecordType type = RecordType.fromWire(target.type());
    if (dice < 85) {
      ObjectNode fields = Json.MAPPER.createObjectNode();
      int changes = 1 + random.nextInt(2);
      for (int k = 0; k < changes; k++) {
        change(random, type, fields, pool, pushers);
      }
      long base = random.nextInt(4) == 0 ? Math.max(0, target.version() - 1) : target.version();
      return new Mutation(Ids.newId(), type, UUID.fromString(target.id()), MutationKind.UPDATE, base, fields,
          List.of(), Instant.now());
    }
    return new Mutation(Ids.newId(), type, UUID.fromString(target.id()), MutationKind.DELETE, target.version(), null,
        List.of(), Instant.now());
  }

  /** A new record of this type whose references point anywhere: own scope, another's, another municipality's. */
  private DomainRecord fresh(Random random, RecordType type, Pusher p, List<Stored> pool, List<Pusher> pushers) {
    UUID candidate = ref(random, pool, "candidate");
    UUID employer = ref(random, pool, "employer");
    UUID author = random.nextInt(4) == 0 ? user(random, pushers) : p.session().user();
    DomainRecord r = switch (type) {
      case CONTACT -> random.nextInt(4) == 0 ? HostileWorld.contact(null, employer, author)
          : HostileWorld.contact(candidate, null, author);
      case LADDER_STEP -> HostileWorld.step(candidate, author);
      case COACHING_HOURS -> HostileWorld.hours(candidate, employer, author);
      case PLACEMENT -> HostileWorld.placement(candidate, author);
      case EMPLOYER -> HostileWorld.employer();
      case VACANCY -> HostileWorld.vacancy(employer, author);
      default -> HostileWorld.candidate(Ids.newId(), random.nextBoolean() ? p.session().user() : user(random, pushers),
          List.of(user(random, pushers)));
    };
    if (type.appendOnly() && random.nextInt(3) == 0) {
      ObjectNode fields = Json.MAPPER.valueToTree(r);
      fields.put("correctsId", pick(random, pool).id());
      return (DomainRecord) Json.MAPPER.convertValue(fields, type.recordClass());
    }
    return r;
  }

  /** One field changed at random, to a value that may point outside the pusher's scope. */
  private void change(Random random, RecordType type, ObjectNode fields, List<Stored> pool, List<Pusher> pushers) {
    switch (type) {
      case CANDIDATE -> {
        switch (random.nextInt(5)) {
          case 0 -> fields.put("phone", "06-" + (10000000 + random.nextInt(89999999)));
          case 1 -> {
            if (random.nextBoolean()) {
              fields.putNull("caseManagerId");
            } else {
              fields.put("caseManagerId", user(random, pushers).toString());
            }
          }
          case 2 -> fields.putArray("coachIds").add(user(random, pushers).toString());
          case 3 -> fields.putObject("exit").put("date", LocalDate.now().minusDays(1).toString()).put("reason", "WORK");
          default -> fields.put("address", "Dorpsstraat " + random.nextInt(100));
        }
      }
      case EMPLOYER -> fields.put("contactPerson", "Persoon " + random.nextInt(1000));
      case VACANCY -> {
        if (random.nextBoolean()) {
          fields.put("registeredBy", user(random, pushers).toString());
        } else {
          fields.put("title", "Functie " + random.nextInt(1000));
        }
      }
      case PLACEMENT -> {
        switch (random.nextInt(3)) {
          case 0 -> fields.put("createdBy", user(random, pushers).toString());
          case 1 -> fields.put("employerId", ref(random, pool, "employer").toString());
          default -> fields.put("role", "Rol " + random.nextInt(1000));
        }
      }
      case CONFIGURATION -> fields.put("name", "Gemeente " + random.nextInt(1000));
      default -> fields.put(random.nextBoolean() ? "authorId" : "candidateId", random.nextBoolean()
          ? user(random, pushers).toString() : ref(random, pool, "candidate").toString());
    }
  }

  private static UUID ref(Random random, List<Stored> pool, String type) {
    List<Stored> ofType = pool.stream().filter(r -> r.type().equals(type)).toList();
    return ofType.isEmpty() || random.nextInt(8) == 0 ? Ids.newId() : UUID.fromString(pick(random, ofType).id());
  }

  private static UUID user(Random random, List<Pusher> pushers) {
    return pushers.get(random.nextInt(pushers.size())).session().user();
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  // ---------------------------------------------------------------- snapshots

  private Snapshot snapshot() {
    return jdbc.execute(c -> {
      Map<String, Stored> records = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id, tenant_id, type, candidate_id, version, deleted, data,"
          + " stamps, conflicts FROM sync_record"); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          records.put(rs.getString(1), new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getLong(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9)));
        }
      }
      return new Snapshot(records, keys(c, "SELECT user_id, candidate_id FROM caseload"),
          keys(c, "SELECT user_id, candidate_id, seq FROM caseload_removal"),
          history(c));
    });
  }

  private static Set<String> keys(java.sql.Connection c, String sql) throws java.sql.SQLException {
    Set<String> keys = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder key = new StringBuilder(rs.getString(1));
        for (int i = 2; i <= columns; i++) {
          key.append('|').append(rs.getString(i));
        }
        keys.add(key.toString());
      }
    }
    return keys;
  }

  private static Map<String, String> history(java.sql.Connection c) throws java.sql.SQLException {
    Map<String, String> rows = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT record_id, version, tenant_id FROM record_history");
         ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.put(rs.getString(1) + "|" + rs.getLong(2), rs.getString(3));
      }
    }
    return rows;
  }

  private String[] one(String sql) {
    return jdbc.execute(c -> {
      try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
        rs.next();
        return new String[] {rs.getString(1), rs.getString(2)};
      }
    });
  }

  private static JsonNode read(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
