package nl.trede.client.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.MutationRules;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import nl.trede.sync.StoredState;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/**
 * The device's encrypted copy of its user's records and the outbox of changes for the server.
 *
 * <p>One SQLite file per user on a device, encrypted with SQLCipher v4 under a key derived from
 * the password ({@link PasswordKey}). Every save validates with the same {@link MutationRules}
 * the server applies, then writes the record and its outbox mutation in one transaction, so the
 * outbox never misses a change the screens show. One connection serves everything: SQLite has
 * one writer anyway, and callers are the UI and one sync thread, serialised by this object.
 */
public final class LocalStore implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(LocalStore.class.getName());
  private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() {};
  private static final int SQLITE_NOTADB = 26;
  private static final String META_CURSOR = "pull.cursor";
  private static final String META_DEVICE = "device.id";
  private static final String META_SESSION = "session";
  private static final String META_LAST_SYNC = "sync.last";
  private static final java.time.Duration LEFT_FILE_NAME_KEPT = java.time.Duration.ofDays(1);

  private final Connection connection;
  private final Clock clock;
  private final UUID deviceId;

  private LocalStore(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
    this.deviceId = loadOrCreateDeviceId();
  }

  /** Whether a store was created at this path before (by an earlier login on this device). */
  public static boolean exists(Path databaseFile) {
    return Files.isRegularFile(databaseFile) && Files.isRegularFile(PasswordKey.saltFileOf(databaseFile));
  }

  public static LocalStore open(Path databaseFile, char[] password, Clock clock) {
    return open(databaseFile, password, clock, PasswordKey.DEFAULT_ITERATIONS);
  }

  /**
   * Opens the store, creating it (with a fresh salt) when it does not exist yet.
   *
   * @param iterations the PBKDF2 work factor for a new store; an existing one keeps its own
   * @throws WrongPasswordException when an existing store does not open with this password
   */
  public static LocalStore open(Path databaseFile, char[] password, Clock clock, int iterations) {
    Path saltFile = PasswordKey.saltFileOf(databaseFile);
    boolean fresh = !Files.exists(databaseFile);
    if (fresh) {
      PasswordKey.createSalt(saltFile, iterations);
      OwnerOnly.create(databaseFile);
    }
    byte[] key = PasswordKey.derive(password, saltFile);
    String url = "jdbc:sqlite:" + databaseFile.toAbsolutePath();
    try {
      try (Connection probe = connectChecked(url, key)) {
        checkKey(probe);
      }
      // The main connection opens after migrating: a connection opened before another one
      // changed the schema of an encrypted file may keep seeing the old schema.
      migrate(url, key);
      Connection connection = connect(url, key);
      OwnerOnly.restrict(databaseFile);
      try {
        checkKey(connection);
        return new LocalStore(connection, clock);
      } catch (RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open the local store", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static Connection connect(String url, byte[] key) throws SQLException {
    // The key is already stretched by PBKDF2: a raw key skips SQLCipher's own second KDF,
    // which would only slow down every open.
    SQLiteConfig config = SQLiteMCSqlCipherConfig.getV4Defaults().withRawUnsaltedKey(key).build();
    config.setBusyTimeout(5000);
    // Write-ahead log, every commit still synced (decision 0032): a save appends its pages once
    // instead of copying each old page to a rollback journal first, which on a caseload of 10,000
    // records took the 95th percentile of saving a contact from about 20 ms to about 5 ms, and
    // halved storing a first sync. FULL keeps every commit durable through a power cut.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    return config.createConnection(url);
  }

  /** SQLCipher reports a wrong key as "file is not a database", when keying or on first read. */
  private static Connection connectChecked(String url, byte[] key) throws SQLException {
    try {
      return connect(url, key);
    } catch (SQLException e) {
      if (e.getErrorCode() == SQLITE_NOTADB || String.valueOf(e.getMessage()).contains("not a database")) {
        throw new WrongPasswordException(e);
      }
      throw e;
    }
  }

  private static void checkKey(Connection connection) {
    try (var statement = connection.createStatement()) {
      statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
    } catch (SQLException e) {
      throw new WrongPasswordException(e);
    }
  }

  private static void migrate(String url, byte[] key) {
    byte[] copy = key.clone();
    Flyway.configure()
        .dataSource(new KeyedDataSource(url, copy))
        .locations("classpath:db/client")
        // Plain java.util.logging: the app ships no logging framework.
        .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
        .load()
        .migrate();
    Arrays.fill(copy, (byte) 0);
  }

  public UUID deviceId() {
    return deviceId;
  }

  // ---------------------------------------------------------------- saving

  /**
   * Saves a new record: validates it with the shared rules and writes it and its CREATE mutation
   * in one transaction.
   *
   * @throws ValidationException with every violation; nothing is written
   */
  public synchronized <T extends DomainRecord> T create(RecordType type, T record) {
    if (!type.recordClass().isInstance(record)) {
      return badType(type, record);
    }
    ObjectNode fields = Json.MAPPER.valueToTree(record);
    Mutation mutation = new Mutation(Ids.newId(), type, record.id(), MutationKind.CREATE, 0, fields,
        List.of(), clock.instant());
    UUID file = type == RecordType.CANDIDATE ? null : record.fileCandidateId();
    if (file != null && candidate(file).isEmpty()) {
      return cast(keepForLeftFile(mutation, null, file));
    }
    return cast(apply(mutation));
  }

  /**
   * Opens a record for a form: what the person sees and the server version it stands on, which
   * {@link #update(Editing, DomainRecord)} diffs against. Empty when the record is not here.
   */
  public synchronized <T extends DomainRecord> Optional<Editing<T>> edit(RecordType type, UUID id) {
    return find(id).filter(r -> r.type() == type && !r.deleted() && r.data() != null)
        .map(r -> new Editing<>(type, cast(MutationRules.read(type, r.data())), r.data().deepCopy(),
            r.serverVersion()));
  }

  /**
   * Saves what a person changed in a form: only the fields that differ from what the form showed
   * when it opened travel, on the server version it showed, so the server merges them with other
   * devices' edits field by field. The local copy gets them on top of whatever a sync brought in
   * meanwhile.
   *
   * @param opened what the form was opened with ({@link #edit})
   */
  public synchronized <T extends DomainRecord> T update(Editing<T> opened, T edited) {
    RecordType type = opened.type();
    if (!type.recordClass().isInstance(edited)) {
      return badType(type, edited);
    }
    // Through text, like the stored copy: a tree made from a record holds 28 as a decimal node, one
    // read from text as an integer node, and the two never compare equal, which would send unchanged
    // numbers as changes.
    ObjectNode wanted = (ObjectNode) readTree(json(edited));
    ObjectNode changed = Json.MAPPER.createObjectNode();
    wanted.fields().forEachRemaining(field -> {
      if (!field.getValue().equals(opened.seen().get(field.getKey()))) {
        changed.set(field.getKey(), field.getValue());
      }
    });
    if (changed.isEmpty()) {
      return edited;
    }
    Mutation mutation = new Mutation(Ids.newId(), type, edited.id(), MutationKind.UPDATE,
        opened.baseVersion(), changed, List.of(), clock.instant());
    UUID file = type == RecordType.CANDIDATE ? edited.id() : opened.record().fileCandidateId();
    if (file != null && find(edited.id()).isEmpty() && candidate(file).isEmpty()) {
      return cast(keepForLeftFile(mutation, opened, file));
    }
    return cast(apply(mutation));
  }

  /** Deletes a record (not allowed for history records; the shared rules say so). */
  public synchronized void delete(RecordType type, UUID id) {
    StoredRecord current = find(id).orElse(null);
    Mutation mutation = new Mutation(Ids.newId(), type, id, MutationKind.DELETE,
        current == null ? 0 : current.serverVersion(), null, List.of(), clock.instant());
    apply(mutation);
  }

  private DomainRecord apply(Mutation mutation) {
    StoredRecord current = find(mutation.recordId()).orElse(null);
    StoredState state = current == null ? null : new StoredState(current.type(),
        current.serverVersion(), current.deleted(), current.data() == null
            ? Json.MAPPER.createObjectNode() : current.data(), Map.of(), List.of());
    UUID userId = session().map(StoredSession::userId).orElse(null);
    MutationRules.Outcome outcome = MutationRules.apply(mutation, state, deviceId, userId, clock);
    if (outcome instanceof MutationRules.Refused refused) {
      throw new ValidationException(refused.violations());
    }
    if (outcome instanceof MutationRules.Unchanged) {
      return current == null || current.data() == null ? null
          : MutationRules.read(current.type(), current.data());
    }
    MutationRules.Changed changed = (MutationRules.Changed) outcome;
    inTransaction(() -> {
      long serverVersion = current == null ? 0 : current.serverVersion();
      UUID candidateId = changed.record() != null ? changed.record().fileCandidateId()
          : current == null ? null : current.candidateId();
      upsertRecord(mutation.recordId(), mutation.type(), candidateId, serverVersion,
          changed.next().deleted(), changed.next().deleted() ? null : changed.next().data(),
          SyncState.PENDING, null);
      insertOutbox(mutation, candidateId);
    });
    LOG.log(Level.INFO, "saved type={0} record={1} mutation={2} kind={3}",
        mutation.type().wireName(), mutation.recordId(), mutation.id(), mutation.kind());
    return changed.record();
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  private static <T> T badType(RecordType type, Object record) {
    throw new IllegalArgumentException(record.getClass().getSimpleName() + " is not a " + type.wireName());
  }

  private void insertOutbox(Mutation mutation, UUID candidateId) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("""
        INSERT INTO outbox (mutation_id, record_id, type, mutation, state, created_at, candidate_id)
        VALUES (?, ?, ?, ?, 'PENDING', ?, ?)""")) {
      s.setString(1, mutation.id().toString());
      s.setString(2, mutation.recordId().toString());
      s.setString(3, mutation.type().wireName());
      s.setString(4, json(mutation));
      s.setLong(5, clock.millis());
      s.setString(6, candidateId == null ? null : candidateId.toString());
      s.executeUpdate();
    }
  }

  // ---------------------------------------------------------------- files that left the device

  /**
   * A form saved on a file that is not on the device (a sync removed it while the form was open):
   * the change is checked as usual (against what the form showed) and kept in the outbox with its
   * file, where the sync page shows it with its content, and the server takes it in if it still
   * may (sync-protocol.md).
   */
  private DomainRecord keepForLeftFile(Mutation mutation, Editing<?> opened, UUID candidateId) {
    StoredState state = opened == null ? null : new StoredState(mutation.type(), opened.baseVersion(), false,
        opened.seen(), Map.of(), List.of());
    UUID userId = session().map(StoredSession::userId).orElse(null);
    MutationRules.Outcome outcome = MutationRules.apply(mutation, state, deviceId, userId, clock);
    if (outcome instanceof MutationRules.Refused refused) {
      throw new ValidationException(refused.violations());
    }
    inTransaction(() -> {
      insertOutbox(mutation, candidateId);
      execute("INSERT INTO left_file (candidate_id, left_at) VALUES (?, ?) ON CONFLICT (candidate_id) DO NOTHING",
          candidateId.toString(), clock.millis());
    });
    LOG.log(Level.INFO, "kept for a file that left type={0} record={1} mutation={2}",
        mutation.type().wireName(), mutation.recordId(), mutation.id());
    return outcome instanceof MutationRules.Changed changed ? changed.record()
        : MutationRules.read(mutation.type(), opened.seen());
  }

  /**
   * The files that left this device while their user had work on them, with that work: what the
   * sync page shows until the user has dealt with each (sync-protocol.md).
   */
  public synchronized List<LeftFile> leftFiles() {
    Map<String, List<UnsentChange>> unsent = new java.util.LinkedHashMap<>();
    forEachRow("""
        SELECT o.candidate_id, o.mutation, o.state, o.last_error FROM outbox o
        JOIN left_file f ON f.candidate_id = o.candidate_id ORDER BY o.seq""", List.of(),
        rs -> unsent.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new UnsentChange(
            Json.MAPPER.readValue(rs.getString(2), Mutation.class), "REJECTED".equals(rs.getString(3))
                && rs.getString(4) != null ? Json.MAPPER.readValue(rs.getString(4), VIOLATIONS) : List.of())));
    return query("SELECT candidate_id, name, left_at, accepted FROM left_file ORDER BY left_at DESC, candidate_id",
        List.of(), rs -> {
          long leftAt = rs.getLong(3);
          Instant left = rs.wasNull() ? null : Instant.ofEpochMilli(leftAt);
          return new LeftFile(UUID.fromString(rs.getString(1)), rs.getString(2), left, rs.getInt(4),
              unsent.getOrDefault(rs.getString(1), List.of()));
        }).stream().filter(f -> f.accepted() > 0 || !f.unsent().isEmpty()).toList();
  }

  /**
   * The user has read what happened to a file that left and let go of what could not be sent: its
   * unsent and refused changes leave the device. A file that is back on the device is left alone.
   */
  public synchronized void forgetLeftFile(UUID candidateId) {
    if (candidate(candidateId).isPresent()) {
      return;
    }
    String id = candidateId.toString();
    inTransaction(() -> {
      execute("DELETE FROM outbox WHERE candidate_id = ? AND record_id NOT IN (SELECT r.id FROM record r)", id);
      execute("DELETE FROM left_file WHERE candidate_id = ?", id);
    });
    LOG.log(Level.INFO, "left file forgotten candidate={0}", candidateId);
  }

  /** The server took a history record into a file after its author left the caseload. */
  private void noteAcceptedAfterHandover(String candidateId) throws SQLException {
    if (candidateId == null) {
      return;
    }
    String name = candidate(UUID.fromString(candidateId)).map(Candidate::displayName).orElse(null);
    execute("""
        INSERT INTO left_file (candidate_id, name, accepted) VALUES (?, ?, 1)
        ON CONFLICT (candidate_id) DO UPDATE SET accepted = accepted + 1, name = COALESCE(excluded.name, name)""",
        candidateId, name);
  }

  /**
   * Files that left and came back (the user was put on them again) in this page: what the server
   * refused as out of reach while they were away is sent again.
   */
  private List<String> welcomeBack(List<RecordChange> changes) throws SQLException {
    List<String> returning = new ArrayList<>();
    for (RecordChange change : changes) {
      String id = change.id().toString();
      if (change.type() != RecordType.CANDIDATE || change.deleted()
          || count("SELECT count(*) FROM left_file WHERE candidate_id = ?", id) == 0) {
        continue;
      }
      returning.add(id);
      List<Long> refused = new ArrayList<>();
      forEachRow("SELECT seq, last_error FROM outbox WHERE candidate_id = ? AND state = 'REJECTED'", List.of(id),
          rs -> {
            List<Violation> why = rs.getString(2) == null ? List.of()
                : Json.MAPPER.readValue(rs.getString(2), VIOLATIONS);
            if (why.stream().anyMatch(LocalStore::outOfReach)) {
              refused.add(rs.getLong(1));
            }
          });
      for (Long seq : refused) {
        execute("UPDATE outbox SET state = 'PENDING', last_error = NULL WHERE seq = ?", seq);
      }
      execute("DELETE FROM left_file WHERE candidate_id = ?", id);
    }
    return returning;
  }

  /**
   * The server's one answer for a record or file the user may not reach (and for one that does
   * not exist): what it says of work on a file that has left the caseload (sync-protocol.md).
   */
  private static boolean outOfReach(Violation v) {
    return "not-found".equals(v.rule()) && "recordId".equals(v.field())
        || "unknown-reference".equals(v.rule()) && "candidateId".equals(v.field());
  }

  /**
   * New records that waited in the outbox while their file was away show in it again: the server
   * does not have them, so no page will bring them.
   */
  private void restoreUnsentRecords(List<String> candidateIds) throws SQLException {
    for (String candidateId : candidateIds) {
      List<Mutation> creates = new ArrayList<>();
      forEachRow("""
          SELECT mutation FROM outbox WHERE candidate_id = ? AND state = 'PENDING'
            AND record_id NOT IN (SELECT r.id FROM record r) ORDER BY seq""", List.of(candidateId),
          rs -> creates.add(Json.MAPPER.readValue(rs.getString(1), Mutation.class)));
      for (Mutation m : creates) {
        if (m.kind() == MutationKind.CREATE) {
          ObjectNode data = m.fields().deepCopy();
          data.put("id", m.recordId().toString());
          upsertRecord(m.recordId(), m.type(), UUID.fromString(candidateId), 0, false, data, SyncState.PENDING,
              null);
        }
      }
    }
  }

  private static final String UPSERT = """
      INSERT INTO record (id, type, candidate_id, server_version, deleted, data, event_at, sync_state, last_error, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET type = excluded.type, candidate_id = excluded.candidate_id,
        server_version = excluded.server_version, deleted = excluded.deleted, data = excluded.data,
        event_at = excluded.event_at, sync_state = excluded.sync_state,
        last_error = excluded.last_error, updated_at = excluded.updated_at""";

  private void upsertRecord(UUID id, RecordType type, UUID candidateId, long serverVersion,
      boolean deleted, ObjectNode data, SyncState state, String lastError) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(UPSERT)) {
      bindRecord(s, id.toString(), type, candidateId == null ? null : candidateId.toString(), serverVersion,
          deleted, data == null ? null : json(data), data == null ? null : eventAt(type, data), state,
          lastError, clock.millis());
      s.executeUpdate();
    }
  }

  private static void bindRecord(PreparedStatement s, String id, RecordType type, String candidateId,
      long serverVersion, boolean deleted, String data, Long eventAt, SyncState state, String lastError,
      long updatedAt) throws SQLException {
    s.setString(1, id);
    s.setString(2, type.wireName());
    s.setString(3, candidateId);
    s.setLong(4, serverVersion);
    s.setInt(5, deleted ? 1 : 0);
    s.setString(6, data);
    if (eventAt == null) {
      s.setNull(7, Types.INTEGER);
    } else {
      s.setLong(7, eventAt);
    }
    s.setString(8, state.name());
    s.setString(9, lastError);
    s.setLong(10, updatedAt);
  }

  /** When the event happened, for ordering timelines; dates count from the Dutch midnight. */
  private static Long eventAt(RecordType type, ObjectNode data) {
    try {
      return switch (type) {
        case CONTACT -> textOf(data, "occurredAt") == null ? null
            : Instant.parse(textOf(data, "occurredAt")).toEpochMilli();
        case LADDER_STEP, COACHING_HOURS -> textOf(data, "date") == null ? null
            : LocalDate.parse(textOf(data, "date")).atStartOfDay(Violations.ZONE).toInstant().toEpochMilli();
        default -> null;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String textOf(ObjectNode data, String field) {
    JsonNode node = data.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  // ---------------------------------------------------------------- reading

  /** A record as stored, tombstones included. */
  public synchronized Optional<StoredRecord> find(UUID id) {
    return query("SELECT * FROM record WHERE id = ?", List.of(id.toString()), LocalStore::readRow)
        .stream().findFirst();
  }

  /** Every record the device holds, tombstones included: what it would show or hand over. */
  public synchronized List<StoredRecord> records() {
    return query("SELECT * FROM record ORDER BY id", List.of(), LocalStore::readRow);
  }

  public synchronized Optional<Candidate> candidate(UUID id) {
    return find(id).filter(r -> r.type() == RecordType.CANDIDATE && !r.deleted() && r.data() != null)
        .map(r -> (Candidate) MutationRules.read(RecordType.CANDIDATE, r.data()));
  }

  /** The candidate's current rung: the toRung of the latest ladder step by date. */
  public synchronized Optional<Integer> currentRung(UUID candidateId) {
    return query("""
        SELECT json_extract(data, '$.toRung') FROM record
        WHERE type = 'ladder-step' AND deleted = 0 AND candidate_id = ?
        ORDER BY json_extract(data, '$.date') DESC, id DESC LIMIT 1""",
        List.of(candidateId.toString()), rs -> rs.getInt(1)).stream().findFirst();
  }

  /** Contacts, ladder steps and coaching hours of one candidate, newest first. */
  public synchronized List<TimelineEntry> timeline(UUID candidateId) {
    return query("""
        SELECT * FROM record
        WHERE candidate_id = ? AND deleted = 0 AND type IN ('contact', 'ladder-step', 'coaching-hours')
        ORDER BY event_at DESC, id DESC""", List.of(candidateId.toString()), rs -> {
      StoredRecord row = readRow(rs);
      return new TimelineEntry(row.type(), row.eventAt(), MutationRules.read(row.type(), row.data()),
          row.syncState(), row.violations());
    });
  }

  public synchronized List<Employer> employers() {
    return query("SELECT data FROM record WHERE type = 'employer' AND deleted = 0", List.of(),
        rs -> (Employer) MutationRules.read(RecordType.EMPLOYER,
            (ObjectNode) Json.MAPPER.readTree(rs.getString(1))))
        .stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
  }

  // ---------------------------------------------------------------- queries of the field screens

  /** The municipality's configuration as the server last sent it; empty before the first sync. */
  public synchronized Optional<MunicipalityConfig> configuration() {
    return query("SELECT data FROM record WHERE type = 'configuration' AND deleted = 0 ORDER BY id LIMIT 1",
        List.of(), rs -> (MunicipalityConfig) MutationRules.read(RecordType.CONFIGURATION,
            (ObjectNode) Json.MAPPER.readTree(rs.getString(1))))
        .stream().findFirst();
  }

  /** Every live record of a type the device holds. */
  public synchronized <T extends DomainRecord> List<T> all(RecordType type) {
    return query("SELECT data FROM record WHERE type = ? AND deleted = 0 AND data IS NOT NULL ORDER BY id",
        List.of(type.wireName()), rs -> cast(MutationRules.read(type,
            (ObjectNode) Json.MAPPER.readTree(rs.getString(1)))));
  }

  /** The live records of one type in a candidate's file. */
  public synchronized <T extends DomainRecord> List<T> inFile(UUID candidateId, RecordType type) {
    return query("""
        SELECT data FROM record WHERE candidate_id = ? AND type = ? AND deleted = 0 AND data IS NOT NULL
        ORDER BY event_at, id""", List.of(candidateId.toString(), type.wireName()),
        rs -> cast(MutationRules.read(type, (ObjectNode) Json.MAPPER.readTree(rs.getString(1)))));
  }

  /**
   * A candidate's history as stored, with each record's sync state: contacts, ladder steps, coaching
   * hours and placements, corrected entries included (the timeline shows them struck through).
   */
  public synchronized List<StoredRecord> history(UUID candidateId) {
    return query("""
        SELECT * FROM record
        WHERE candidate_id = ? AND deleted = 0 AND data IS NOT NULL
          AND type IN ('contact', 'ladder-step', 'coaching-hours', 'placement')
        ORDER BY event_at DESC, id DESC""", List.of(candidateId.toString()), LocalStore::readRow);
  }

  /**
   * The whole caseload with what its screen filters on, in three queries however large it is: the
   * candidates, every ladder step's rung and date, and per candidate, of the contacts no other
   * contact corrects, the latest conversation (the next contact due counts from it) and the latest
   * no-show. The corrected ids are one uncorrelated subquery, read once from the record_by_corrects
   * index: a correlated NOT EXISTS would run json_extract over every record for
   * every contact (minutes for a caseload of 10,000 records).
   */
  public synchronized List<CaseloadFile> caseloadFiles() {
    Map<UUID, List<LadderStep>> steps = new java.util.HashMap<>();
    forEachRow("""
        SELECT id, candidate_id, json_extract(data, '$.fromRung'), json_extract(data, '$.toRung'),
          json_extract(data, '$.date'), json_extract(data, '$.correctsId')
        FROM record WHERE type = 'ladder-step' AND deleted = 0 AND candidate_id IS NOT NULL""", List.of(), rs -> {
      UUID candidate = UUID.fromString(rs.getString(2));
      Object from = rs.getObject(3);
      String corrects = rs.getString(6);
      // Only what rungs need: the reason and author stay in the record for the timeline.
      steps.computeIfAbsent(candidate, k -> new ArrayList<>()).add(new LadderStep(
          UUID.fromString(rs.getString(1)), candidate, from == null ? null : ((Number) from).intValue(),
          rs.getInt(4), LocalDate.parse(rs.getString(5)), null, null,
          corrects == null ? null : UUID.fromString(corrects)));
    });
    Map<UUID, List<Contact>> lastContacts = new java.util.HashMap<>();
    forEachRow("""
        SELECT candidate_id, data FROM (
          SELECT k.candidate_id, k.data,
            ROW_NUMBER() OVER (PARTITION BY k.candidate_id, COALESCE(json_extract(k.data, '$.noShow'), 0)
              ORDER BY k.event_at DESC, k.id DESC) AS n
          FROM record k
          WHERE k.type = 'contact' AND k.deleted = 0 AND k.candidate_id IS NOT NULL
            AND k.id NOT IN (SELECT json_extract(x.data, '$.correctsId') FROM record x
              WHERE json_extract(x.data, '$.correctsId') IS NOT NULL AND x.type = 'contact' AND x.deleted = 0))
        WHERE n = 1""", List.of(), rs -> lastContacts.computeIfAbsent(UUID.fromString(rs.getString(1)),
            k -> new ArrayList<>()).add(
            (Contact) MutationRules.read(RecordType.CONTACT, (ObjectNode) Json.MAPPER.readTree(rs.getString(2)))));
    return query("SELECT data, sync_state FROM record WHERE type = 'candidate' AND deleted = 0 AND data IS NOT NULL",
        List.of(), rs -> {
          Candidate candidate = (Candidate) MutationRules.read(RecordType.CANDIDATE,
              (ObjectNode) Json.MAPPER.readTree(rs.getString(1)));
          return new CaseloadFile(new CandidateFile(candidate, steps.getOrDefault(candidate.id(), List.of()),
              List.of(), lastContacts.getOrDefault(candidate.id(), List.of())), SyncState.valueOf(rs.getString(2)));
        });
  }

  /**
   * A person chose between the values of open conflicts on a record: one UPDATE that sets the
   * chosen values and names the conflicts it settles ({@code resolves}), written with its outbox
   * mutation in one transaction like any save. The settled conflicts leave the device at once; the
   * server confirms by applying the update (or refuses, e.g. when a colleague settled them first,
   * and the next pull shows what is open then).
   *
   * @param chosen field to the value chosen for it; every field must hold an open conflict
   */
  public synchronized DomainRecord resolveConflicts(RecordType type, UUID recordId, Map<String, JsonNode> chosen) {
    StoredRecord current = find(recordId).filter(r -> !r.deleted() && r.data() != null)
        .orElseThrow(() -> new ValidationException(List.of(new Violation("recordId", "not-found",
            "record " + recordId + " does not exist"))));
    List<FieldConflict> open = conflicts(recordId);
    List<UUID> settled = open.stream().filter(c -> chosen.containsKey(c.field())).map(FieldConflict::id).toList();
    if (settled.isEmpty() || !open.stream().map(FieldConflict::field).collect(java.util.stream.Collectors.toSet())
        .containsAll(chosen.keySet())) {
      throw new ValidationException(List.of(new Violation("resolves", "unknown-conflict",
          "a resolution chooses values for open conflicts only")));
    }
    ObjectNode fields = Json.MAPPER.createObjectNode();
    chosen.forEach(fields::set);
    Mutation mutation = new Mutation(Ids.newId(), type, recordId, MutationKind.UPDATE, current.serverVersion(),
        fields, settled, clock.instant());
    StoredState state = new StoredState(current.type(), current.serverVersion(), false, current.data(), Map.of(),
        open);
    UUID userId = session().map(StoredSession::userId).orElse(null);
    MutationRules.Outcome outcome = MutationRules.apply(mutation, state, deviceId, userId, clock);
    if (outcome instanceof MutationRules.Refused refused) {
      throw new ValidationException(refused.violations());
    }
    MutationRules.Changed changed = (MutationRules.Changed) outcome;
    inTransaction(() -> {
      upsertRecord(recordId, type, current.candidateId(), current.serverVersion(), false, changed.next().data(),
          SyncState.PENDING, null);
      insertOutbox(mutation, current.candidateId());
      for (UUID id : settled) {
        execute("DELETE FROM open_conflict WHERE id = ?", id.toString());
      }
    });
    LOG.log(Level.INFO, "resolved type={0} record={1} mutation={2} conflicts={3}", type.wireName(), recordId,
        mutation.id(), settled.size());
    return changed.record();
  }

  /** Changes not yet acknowledged by the server. */
  public synchronized int pendingCount() {
    return count("SELECT count(*) FROM outbox WHERE state = 'PENDING'");
  }

  /** How many {@link #problems()} there are, without reading them: the sync strip shows only this. */
  public synchronized int problemCount() {
    return count("SELECT count(*) FROM record WHERE sync_state IN ('CONFLICT', 'REJECTED')")
        + count("SELECT count(*) FROM left_file f WHERE f.accepted > 0"
            + " OR EXISTS (SELECT 1 FROM outbox o WHERE o.candidate_id = f.candidate_id)");
  }

  /** Records whose last change the server rejected or that hold an open conflict, with reasons. */
  public synchronized List<ProblemRecord> problems() {
    List<StoredRecord> rows = query(
        "SELECT * FROM record WHERE sync_state IN ('CONFLICT', 'REJECTED') ORDER BY updated_at DESC",
        List.of(), LocalStore::readRow);
    List<ProblemRecord> problems = new ArrayList<>();
    for (StoredRecord row : rows) {
      problems.add(new ProblemRecord(row.id(), row.type(), row.candidateId(), row.syncState(),
          row.violations(), conflicts(row.id()), row.data()));
    }
    return problems;
  }

  public synchronized List<FieldConflict> conflicts(UUID recordId) {
    return query("SELECT * FROM open_conflict WHERE record_id = ? ORDER BY detected_at",
        List.of(recordId.toString()), rs -> new FieldConflict(
            UUID.fromString(rs.getString("id")), rs.getString("field"),
            nodeOrNull(rs.getString("server_value")), nodeOrNull(rs.getString("device_value")),
            rs.getString("mutation_id") == null ? null : UUID.fromString(rs.getString("mutation_id")),
            rs.getString("device_user_id") == null ? null : UUID.fromString(rs.getString("device_user_id")),
            rs.getObject("detected_at") == null ? null : Instant.ofEpochMilli(rs.getLong("detected_at"))));
  }

  // ---------------------------------------------------------------- session and meta

  public synchronized Optional<StoredSession> session() {
    return meta(META_SESSION).map(text -> {
      try {
        return Json.MAPPER.readValue(text, StoredSession.class);
      } catch (JsonProcessingException e) {
        throw new StoreException("stored session does not parse", e);
      }
    });
  }

  public synchronized void saveSession(StoredSession session) {
    setMeta(META_SESSION, json(session));
  }

  /** The server no longer accepts the token: keep the user (for offline use), drop the token. */
  public synchronized void forgetToken() {
    session().ifPresent(s -> saveSession(s.withToken(null)));
  }

  public synchronized Optional<String> pullCursor() {
    return meta(META_CURSOR);
  }

  public synchronized Optional<Instant> lastSync() {
    return meta(META_LAST_SYNC).map(Instant::parse);
  }

  public synchronized void markSynced(Instant at) {
    setMeta(META_LAST_SYNC, at.toString());
  }

  private UUID loadOrCreateDeviceId() {
    Optional<String> stored = meta(META_DEVICE);
    if (stored.isPresent()) {
      return UUID.fromString(stored.get());
    }
    UUID id = Ids.newId();
    setMeta(META_DEVICE, id.toString());
    return id;
  }

  private Optional<String> meta(String key) {
    return query("SELECT value FROM meta WHERE key = ?", List.of(key), rs -> rs.getString(1))
        .stream().findFirst();
  }

  private void setMeta(String key, String value) {
    inTransaction(() -> writeMeta(key, value));
  }

  private void writeMeta(String key, String value) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
      s.setString(1, key);
      s.setString(2, value);
      s.executeUpdate();
    }
  }

  // ---------------------------------------------------------------- sync side

  /** The oldest pending mutations, in the order they were made. */
  public synchronized List<OutboxEntry> pendingOutbox(int limit) {
    return query("SELECT seq, mutation, attempts FROM outbox WHERE state = 'PENDING' ORDER BY seq LIMIT ?",
        List.of(limit), rs -> new OutboxEntry(rs.getLong(1),
            Json.MAPPER.readValue(rs.getString(2), Mutation.class), rs.getInt(3)));
  }

  /** A push that got no answer: the mutations stay, with how often and why it failed. */
  public synchronized void recordPushFailure(List<UUID> mutationIds, String error) {
    inTransaction(() -> {
      try (PreparedStatement s = connection.prepareStatement(
          "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE mutation_id = ?")) {
        for (UUID id : mutationIds) {
          s.setString(1, error);
          s.setString(2, id.toString());
          s.addBatch();
        }
        s.executeBatch();
      }
    });
  }

  /** Stores the server's answers to one push, all or nothing. */
  public synchronized void storePushResults(List<MutationResult> results) {
    inTransaction(() -> {
      for (MutationResult result : results) {
        if (result instanceof MutationResult.Applied applied) {
          if (applied.afterHandover()) {
            noteAcceptedAfterHandover(outboxCandidate(applied.mutationId()));
          }
          acknowledge(applied.mutationId(), applied.recordId(), applied.version(), List.of());
        } else if (result instanceof MutationResult.Conflicted conflicted) {
          acknowledge(conflicted.mutationId(), conflicted.recordId(), conflicted.version(),
              conflicted.conflicts());
        } else if (result instanceof MutationResult.Rejected rejected) {
          reject(rejected);
        }
        refreshState(result.recordId());
      }
    });
  }

  private void acknowledge(UUID mutationId, UUID recordId, long version, List<FieldConflict> conflicts)
      throws SQLException {
    Long seq = outboxSeq(mutationId);
    execute("DELETE FROM outbox WHERE mutation_id = ?", mutationId.toString());
    if (seq != null) {
      // A later change of the record went through: earlier refusals of it are settled.
      execute("DELETE FROM outbox WHERE record_id = ? AND state = 'REJECTED' AND seq < ?",
          recordId.toString(), seq);
    }
    execute("UPDATE record SET server_version = max(server_version, ?) WHERE id = ?",
        version, recordId.toString());
    for (FieldConflict conflict : conflicts) {
      insertConflict(recordId, conflict);
    }
  }

  private void reject(MutationResult.Rejected rejected) throws SQLException {
    String reasons = json(rejected.violations());
    execute("UPDATE outbox SET state = 'REJECTED', last_error = ? WHERE mutation_id = ?",
        reasons, rejected.mutationId().toString());
    LOG.log(Level.WARNING, "rejected record={0} mutation={1} rules={2}", rejected.recordId(),
        rejected.mutationId(), rejected.violations().stream().map(Violation::rule).toList());
  }

  private String outboxCandidate(UUID mutationId) {
    return query("SELECT candidate_id FROM outbox WHERE mutation_id = ?", List.of(mutationId.toString()),
        rs -> rs.getString(1)).stream().findFirst().orElse(null);
  }

  private Long outboxSeq(UUID mutationId) {
    return query("SELECT seq FROM outbox WHERE mutation_id = ?", List.of(mutationId.toString()),
        rs -> rs.getLong(1)).stream().findFirst().orElse(null);
  }

  private void insertConflict(UUID recordId, FieldConflict conflict) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("""
        INSERT OR REPLACE INTO open_conflict (id, record_id, field, server_value, device_value, mutation_id, detected_at,
          device_user_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
      s.setString(1, conflict.id().toString());
      s.setString(2, recordId.toString());
      s.setString(3, conflict.field());
      s.setString(4, conflict.serverValue() == null ? null : json(conflict.serverValue()));
      s.setString(5, conflict.deviceValue() == null ? null : json(conflict.deviceValue()));
      s.setString(6, conflict.mutationId() == null ? null : conflict.mutationId().toString());
      if (conflict.detectedAt() == null) {
        s.setNull(7, Types.INTEGER);
      } else {
        s.setLong(7, conflict.detectedAt().toEpochMilli());
      }
      s.setString(8, conflict.deviceUserId() == null ? null : conflict.deviceUserId().toString());
      s.executeUpdate();
    }
  }

  /**
   * A record's state follows from its outbox and conflicts: pending changes first (the coach's
   * latest word), then open conflicts, then refusals, else synced.
   */
  private static SyncState syncState(boolean pending, boolean conflicted, boolean refused) {
    return pending ? SyncState.PENDING : conflicted ? SyncState.CONFLICT
        : refused ? SyncState.REJECTED : SyncState.SYNCED;
  }

  private void refreshState(UUID recordId) throws SQLException {
    String id = recordId.toString();
    int pending = count("SELECT count(*) FROM outbox WHERE record_id = ? AND state = 'PENDING'", id);
    int conflicts = count("SELECT count(*) FROM open_conflict WHERE record_id = ?", id);
    List<String> refusals = query(
        "SELECT last_error FROM outbox WHERE record_id = ? AND state = 'REJECTED' ORDER BY seq DESC",
        List.of(id), rs -> rs.getString(1));
    SyncState state = syncState(pending > 0, conflicts > 0, !refusals.isEmpty());
    execute("UPDATE record SET sync_state = ?, last_error = ?, updated_at = ? WHERE id = ?",
        state.name(), refusals.isEmpty() ? null : refusals.get(0), clock.millis(), id);
  }

  /**
   * Stores one pulled page and the cursor after it in one transaction, so an interrupted pull
   * resumes after the last page stored and never skips one. Files the page purges go first: a
   * file that left the caseload and came back arrives with its history in the same page.
   */
  public synchronized void storePullPage(PullPage page) {
    inTransaction(() -> {
      for (UUID candidateId : page.purgeCandidates()) {
        purge(candidateId);
      }
      List<String> returning = welcomeBack(page.changes());
      new PageWriter(page.changes()).write();
      restoreUnsentRecords(returning);
      if (page.cursor() != null) {
        writeMeta(META_CURSOR, page.cursor());
      }
      // The name of a file that left without work on it is kept a day, for a form still open on it.
      execute("""
          DELETE FROM left_file WHERE accepted = 0 AND left_at < ?
            AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.candidate_id = left_file.candidate_id)""",
          clock.millis() - LEFT_FILE_NAME_KEPT.toMillis());
    });
    LOG.log(Level.INFO, "pulled changes={0} purged={1} hasMore={2}", page.changes().size(),
        page.purgeCandidates().size(), page.hasMore());
  }

  /** What a page's writer needs to know of a record the device already holds. */
  private record Held(long serverVersion, boolean deleted, String candidateId) {}

  /** A record's row as a pulled change leaves it. */
  private record PulledRow(RecordType type, String candidateId, long serverVersion, boolean deleted,
      String data, Long eventAt, SyncState state, String lastError, List<FieldConflict> conflicts) {}

  /**
   * Writes a page as a few batched statements: what the device holds of the page's records (rows,
   * pending changes, refusals, conflicts) is read in one query each, each change is worked out in
   * memory exactly as storing it alone would, and only the final state of each record is written.
   * With thousands of records per page, per-record statements were the whole cost of a first sync.
   */
  private final class PageWriter {
    private final List<RecordChange> changes;
    private final Map<String, Held> held = new java.util.HashMap<>();
    private final Map<String, List<Mutation>> pending = new java.util.HashMap<>();
    private final Map<String, String> refusals = new java.util.HashMap<>();
    private final java.util.Set<String> withConflicts = new java.util.HashSet<>();
    private final Map<String, PulledRow> rows = new java.util.LinkedHashMap<>();

    PageWriter(List<RecordChange> changes) {
      this.changes = changes;
    }

    void write() throws SQLException {
      if (changes.isEmpty()) {
        return;
      }
      load();
      for (RecordChange change : changes) {
        decide(change);
      }
      long now = clock.millis();
      try (PreparedStatement clear = connection.prepareStatement("DELETE FROM open_conflict WHERE record_id = ?")) {
        boolean any = false;
        for (String id : rows.keySet()) {
          if (withConflicts.contains(id)) {
            clear.setString(1, id);
            clear.addBatch();
            any = true;
          }
        }
        if (any) {
          clear.executeBatch();
        }
      }
      try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
        for (Map.Entry<String, PulledRow> entry : rows.entrySet()) {
          PulledRow row = entry.getValue();
          bindRecord(upsert, entry.getKey(), row.type(), row.candidateId(), row.serverVersion(),
              row.deleted(), row.data(), row.eventAt(), row.state(), row.lastError(), now);
          upsert.addBatch();
        }
        upsert.executeBatch();
      }
      for (Map.Entry<String, PulledRow> entry : rows.entrySet()) {
        for (FieldConflict conflict : entry.getValue().conflicts()) {
          insertConflict(UUID.fromString(entry.getKey()), conflict);
        }
      }
    }

    /** What the device holds of this page's records, one query per kind of fact. */
    private void load() throws SQLException {
      String ids = json(changes.stream().map(c -> c.id().toString()).distinct().toList());
      String in = " IN (SELECT value FROM json_each(?))";
      forEachRow("SELECT id, server_version, deleted, candidate_id FROM record WHERE id" + in, ids,
          rs -> held.put(rs.getString(1), new Held(rs.getLong(2), rs.getInt(3) == 1, rs.getString(4))));
      // Oldest first: pending changes apply in order, and the latest refusal is the one kept.
      forEachRow("SELECT record_id, state, mutation, last_error FROM outbox"
          + " WHERE state IN ('PENDING', 'REJECTED') AND record_id" + in + " ORDER BY seq", ids, rs -> {
            if ("PENDING".equals(rs.getString(2))) {
              pending.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(Json.MAPPER.readValue(rs.getString(3), Mutation.class));
            } else {
              refusals.put(rs.getString(1), rs.getString(4));
            }
          });
      forEachRow("SELECT DISTINCT record_id FROM open_conflict WHERE record_id" + in, ids,
          rs -> withConflicts.add(rs.getString(1)));
    }

    /** One change, as storing it alone would: older copies and revivals of tombstones are ignored. */
    private void decide(RecordChange change) {
      String id = change.id().toString();
      Held existing = held.get(id);
      if (existing != null && existing.serverVersion() > change.version()) {
        return;
      }
      if (existing != null && existing.deleted() && existing.serverVersion() > 0 && !change.deleted()) {
        // Tombstones win: an older copy arriving late never brings a deleted record back.
        return;
      }
      List<Mutation> unsent = pending.getOrDefault(id, List.of());
      PulledRow row;
      if (change.deleted()) {
        row = new PulledRow(change.type(), existing == null ? null : existing.candidateId(), change.version(),
            true, null, null, stateOf(id, unsent, false), refusals.get(id), List.of());
      } else {
        ObjectNode data = change.data();
        boolean deletedLocally = false;
        if (!unsent.isEmpty()) {
          data = data.deepCopy();
          for (Mutation m : unsent) {
            // The coach's unsent changes stay on top of what the server says, until pushed.
            if (m.kind() == MutationKind.DELETE) {
              deletedLocally = true;
            } else if (m.fields() != null) {
              data.setAll(m.fields());
            }
          }
        }
        row = new PulledRow(change.type(), candidateIdOf(change.type(), data), change.version(),
            deletedLocally, deletedLocally ? null : json(data),
            deletedLocally ? null : eventAt(change.type(), data),
            stateOf(id, unsent, !change.conflicts().isEmpty()), refusals.get(id), change.conflicts());
      }
      rows.put(id, row);
      held.put(id, new Held(row.serverVersion(), row.deleted(), row.candidateId()));
    }

    private SyncState stateOf(String id, List<Mutation> unsent, boolean conflicted) {
      return syncState(!unsent.isEmpty(), conflicted, refusals.containsKey(id));
    }

    private void forEachRow(String sql, String ids, RowConsumer consumer) {
      LocalStore.this.forEachRow(sql, List.of(ids), consumer);
    }
  }

  /**
   * The candidate whose file holds the record, read from the one field that names it, so storing
   * thousands of pulled records does not read each whole record ({@link DomainRecord#fileCandidateId()}
   * says the same for a record read whole).
   */
  static String candidateIdOf(RecordType type, ObjectNode data) {
    String field = switch (type) {
      case CANDIDATE -> "id";
      case CONTACT, LADDER_STEP, COACHING_HOURS, PLACEMENT -> "candidateId";
      case EMPLOYER, VACANCY, CONFIGURATION -> null;
    };
    String text = field == null ? null : textOf(data, field);
    return text == null ? null : UUID.fromString(text).toString();
  }

  /**
   * A candidate left the caseload: nothing of the file may stay on the device (DOMAIN §7) but the
   * user's own work that the server has not taken yet. That stays in the outbox, which holds its
   * whole content, and the file's name stays beside it so the sync page can say whose it was.
   */
  private void purge(UUID candidateId) throws SQLException {
    String id = candidateId.toString();
    String name = candidate(candidateId).map(Candidate::displayName).orElse(null);
    boolean work = count("SELECT count(*) FROM outbox WHERE candidate_id = ?", id) > 0;
    if (name != null || work) {
      execute("""
          INSERT INTO left_file (candidate_id, name, left_at) VALUES (?, ?, ?)
          ON CONFLICT (candidate_id) DO UPDATE SET left_at = excluded.left_at,
            name = COALESCE(excluded.name, name)""", id, name, clock.millis());
    }
    execute("DELETE FROM open_conflict WHERE record_id IN (SELECT id FROM record WHERE candidate_id = ? OR id = ?)", id, id);
    execute("DELETE FROM record WHERE candidate_id = ? OR id = ?", id, id);
  }

  // ---------------------------------------------------------------- plumbing

  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException, JsonProcessingException;
  }

  @FunctionalInterface
  private interface RowConsumer {
    void accept(ResultSet rs) throws SQLException, JsonProcessingException;
  }

  private void inTransaction(SqlWork work) {
    try {
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("local write failed", e);
    }
  }

  private <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
    List<T> rows = new ArrayList<>();
    forEachRow(sql, params, rs -> rows.add(mapper.map(rs)));
    return rows;
  }

  private void forEachRow(String sql, List<?> params, RowConsumer consumer) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      bind(s, params.toArray());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          consumer.accept(rs);
        }
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("local read failed", e);
    }
  }

  private int count(String sql, Object... params) {
    return query(sql, Arrays.asList(params), rs -> rs.getInt(1)).get(0);
  }

  private void execute(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      bind(s, params);
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }

  private static StoredRecord readRow(ResultSet rs) throws SQLException, JsonProcessingException {
    String data = rs.getString("data");
    String error = rs.getString("last_error");
    String candidate = rs.getString("candidate_id");
    long eventAt = rs.getLong("event_at");
    boolean noEvent = rs.wasNull();
    return new StoredRecord(UUID.fromString(rs.getString("id")), RecordType.fromWire(rs.getString("type")),
        candidate == null ? null : UUID.fromString(candidate), rs.getLong("server_version"),
        rs.getInt("deleted") == 1, data == null ? null : (ObjectNode) Json.MAPPER.readTree(data),
        noEvent ? null : Instant.ofEpochMilli(eventAt), SyncState.valueOf(rs.getString("sync_state")),
        error == null ? List.of() : Json.MAPPER.readValue(error, VIOLATIONS));
  }

  private static JsonNode readTree(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot read JSON", e);
    }
  }

  private static JsonNode nodeOrNull(String text) throws JsonProcessingException {
    return text == null ? null : Json.MAPPER.readTree(text);
  }

  private static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write JSON", e);
    }
  }

  /** False after {@link #close()}: a screen still listening to a finished sync leaves it alone. */
  public synchronized boolean isOpen() {
    try {
      return !connection.isClosed();
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "closing the local store failed", e);
    }
  }

  /** Flyway opens its own connections; each one must carry the key. */
  private record KeyedDataSource(String url, byte[] key) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return connect(url, key);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getLogger("nl.trede.client.store");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
