package nl.trede.client.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.trede.client.store.RecordRows.Row;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.referral.Referral;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;
import nl.trede.sync.RoleRules;
import nl.trede.sync.StoredState;

/**
 * Saving on the device: a coach taps Opslaan on a contact (or any record), the change is checked
 * with the same {@link MutationRules} the server applies, and the record and its outbox mutation
 * are written in one transaction, so the outbox never misses a change the screens show. Also
 * editing with the snapshot a form opened ({@link Editing}), deleting, and choosing between the
 * values of open conflicts.
 */
public final class RecordSaver {
  private static final System.Logger LOG = System.getLogger(RecordSaver.class.getName());

  private final StoreConnection db;
  private final RecordRows rows;
  private final Outbox outbox;
  private final LeftFiles leftFiles;
  private final DeviceMeta meta;
  private final FieldQueries queries;

  RecordSaver(StoreConnection db, RecordRows rows, Outbox outbox, LeftFiles leftFiles, DeviceMeta meta,
      FieldQueries queries) {
    this.db = db;
    this.rows = rows;
    this.outbox = outbox;
    this.leftFiles = leftFiles;
    this.meta = meta;
    this.queries = queries;
  }

  /**
   * Saves a new record: validates it with the shared rules and writes it and its CREATE mutation
   * in one transaction.
   *
   * @throws ValidationException with every violation; nothing is written
   */
  public <T extends DomainRecord> T create(RecordType type, T record) {
    requireType(type, record);
    synchronized (db) {
      Mutation mutation = new Mutation(Ids.newId(), type, record.id(), MutationKind.CREATE, 0,
          Json.MAPPER.valueToTree(record), List.of(), db.clock().instant());
      UUID file = type == RecordType.CANDIDATE ? null : record.fileCandidateId();
      if (file != null && rows.candidate(file).isEmpty()) {
        return cast(keepForLeftFile(mutation, null, file));
      }
      return cast(apply(mutation));
    }
  }

  /**
   * Opens a record for a form: what the person sees and the server version it stands on, which
   * {@link #update(Editing, DomainRecord)} diffs against. Empty when the record is not here.
   */
  public <T extends DomainRecord> Optional<Editing<T>> edit(RecordType type, UUID id) {
    return rows.find(id).filter(r -> r.type() == type && !r.deleted() && r.data() != null)
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
  public <T extends DomainRecord> T update(Editing<T> opened, T edited) {
    RecordType type = opened.type();
    requireType(type, edited);
    ObjectNode changed = changedFields(opened.seen(), edited);
    if (changed.isEmpty()) {
      return edited;
    }
    synchronized (db) {
      Mutation mutation = new Mutation(Ids.newId(), type, edited.id(), MutationKind.UPDATE,
          opened.baseVersion(), changed, List.of(), db.clock().instant());
      UUID file = type == RecordType.CANDIDATE ? edited.id() : opened.record().fileCandidateId();
      if (file != null && rows.find(edited.id()).isEmpty() && rows.candidate(file).isEmpty()) {
        return cast(keepForLeftFile(mutation, opened, file));
      }
      return cast(apply(mutation));
    }
  }

  /** Deletes a record (not allowed for history records; the shared rules say so). */
  public void delete(RecordType type, UUID id) {
    synchronized (db) {
      long version = rows.find(id).map(StoredRecord::serverVersion).orElse(0L);
      apply(new Mutation(Ids.newId(), type, id, MutationKind.DELETE, version, null, List.of(),
          db.clock().instant()));
    }
  }

  /** What "Ongedaan maken" did with an entry just saved. */
  public enum Undone {
    /** The server never had it: it is gone, as if never saved. */
    TAKEN_BACK,
    /** The server has it: a correction that undoes it was saved and waits to be sent. */
    CORRECTED,
    /** Neither: it is not here, or the server refused it (there is nothing to undo there). */
    NOTHING
  }

  /**
   * Undoes a history entry just saved ("Ongedaan maken"). Unsent, it is taken back
   * ({@link #dropUnsent}). Once the server has it, others may have seen it and the figures counted
   * it, so {@code undoing}, a correction of it that says it should not have been (a withdrawal,
   * decision 0050), is saved like any new entry. The caller makes sure no push is under way.
   */
  public Undone undo(RecordType type, UUID savedId, Supplier<? extends DomainRecord> undoing) {
    synchronized (db) {
      if (dropUnsent(savedId)) {
        return Undone.TAKEN_BACK;
      }
      if (rows.find(savedId).map(StoredRecord::serverVersion).orElse(0L) == 0) {
        return Undone.NOTHING;
      }
      create(type, undoing.get());
      return Undone.CORRECTED;
    }
  }

  /**
   * Takes back a record made on this device that the server has not got ("Ongedaan maken" right
   * after Opslaan): the record and its outbox mutations go in one transaction, as if it was never
   * saved. A record the server has (acknowledged, so it may be on the office's screens and in the
   * figures) is left alone: history is corrected there, never deleted. The caller makes sure no
   * push of it is under way ({@code SyncEngine#betweenRuns}).
   *
   * @return true when it was taken back; false when the server has it or it is not here
   */
  public boolean dropUnsent(UUID recordId) {
    synchronized (db) {
      StoredRecord current = rows.find(recordId).orElse(null);
      if (current == null || current.serverVersion() > 0 || !outbox.holdsOnly(recordId, MutationKind.CREATE)) {
        return false;
      }
      db.inTransaction(() -> {
        db.execute("DELETE FROM outbox WHERE record_id = ?", recordId.toString());
        db.execute("DELETE FROM open_conflict WHERE record_id = ?", recordId.toString());
        db.execute("DELETE FROM record WHERE id = ?", recordId.toString());
      });
      LOG.log(Level.INFO, "took back unsent type={0} record={1}", current.type().wireName(), recordId);
      return true;
    }
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
  public DomainRecord resolveConflicts(RecordType type, UUID recordId, Map<String, JsonNode> chosen) {
    synchronized (db) {
      StoredRecord current = rows.find(recordId).filter(r -> !r.deleted() && r.data() != null)
          .orElseThrow(() -> new ValidationException(List.of(new Violation("recordId", "not-found",
              "record " + recordId + " does not exist"))));
      List<FieldConflict> open = rows.conflicts(recordId);
      List<UUID> settled = open.stream().filter(c -> chosen.containsKey(c.field())).map(FieldConflict::id).toList();
      Set<String> openFields = open.stream().map(FieldConflict::field).collect(Collectors.toSet());
      if (settled.isEmpty() || !openFields.containsAll(chosen.keySet())) {
        throw new ValidationException(List.of(new Violation("resolves", "unknown-conflict",
            "a resolution chooses values for open conflicts only")));
      }
      ObjectNode fields = Json.MAPPER.createObjectNode();
      chosen.forEach(fields::set);
      Mutation mutation = new Mutation(Ids.newId(), type, recordId, MutationKind.UPDATE, current.serverVersion(),
          fields, settled, db.clock().instant());
      MutationRules.Changed changed = (MutationRules.Changed) check(mutation, new StoredState(current.type(),
          current.serverVersion(), false, current.data(), Map.of(), open));
      db.inTransaction(() -> {
        rows.write(new Row(recordId, type, current.candidateId(), current.serverVersion(), false,
            StoreConnection.json(changed.next().data()), RecordRows.eventAt(changed.record()), SyncState.PENDING,
            null));
        outbox.add(mutation, current.candidateId());
        for (UUID id : settled) {
          db.execute("DELETE FROM open_conflict WHERE id = ?", id.toString());
        }
      });
      LOG.log(Level.INFO, "resolved type={0} record={1} mutation={2} conflicts={3}", type.wireName(), recordId,
          mutation.id(), settled.size());
      return changed.record();
    }
  }

  private DomainRecord apply(Mutation mutation) {
    StoredRecord current = rows.find(mutation.recordId()).orElse(null);
    MutationRules.Outcome outcome = checkAgainst(mutation, current);
    if (outcome instanceof MutationRules.Unchanged) {
      return current == null || current.data() == null ? null : MutationRules.read(current.type(), current.data());
    }
    MutationRules.Changed changed = (MutationRules.Changed) outcome;
    db.inTransaction(() -> write(mutation, current, changed));
    logSaved(mutation);
    return changed.record();
  }

  /**
   * Saves several new records at once (a week of hours confirmed in one go): every one is checked
   * with the shared rules first, then all of them and their mutations are written in one
   * transaction. Either every record is saved or none is: a refusal writes nothing, and so does a
   * failure of the store halfway.
   *
   * @throws ValidationException with the violations of the first record refused; nothing is written
   */
  public <T extends DomainRecord> List<T> createAll(RecordType type, List<T> records) {
    synchronized (db) {
      List<Mutation> mutations = new ArrayList<>();
      List<MutationRules.Changed> checked = new ArrayList<>();
      for (T record : records) {
        requireType(type, record);
        UUID file = type == RecordType.CANDIDATE ? null : record.fileCandidateId();
        if (file != null && rows.candidate(file).isEmpty()) {
          // Kept for a file that left is its own path (the sync page's); a batch needs the file here.
          throw new ValidationException(List.of(new Violation("candidateId", "unknown-reference",
              "the file " + file + " is not on this device")));
        }
        Mutation mutation = new Mutation(Ids.newId(), type, record.id(), MutationKind.CREATE, 0,
            Json.MAPPER.valueToTree(record), List.of(), db.clock().instant());
        if (mutations.stream().anyMatch(m -> m.recordId().equals(record.id()))) {
          throw new IllegalArgumentException("record " + record.id() + " twice in one batch");
        }
        if (!(checkAgainst(mutation, rows.find(record.id()).orElse(null)) instanceof MutationRules.Changed changed)) {
          throw new IllegalArgumentException("record " + record.id() + " is here already");
        }
        mutations.add(mutation);
        checked.add(changed);
      }
      db.inTransaction(() -> {
        for (int i = 0; i < mutations.size(); i++) {
          write(mutations.get(i), null, checked.get(i));
        }
      });
      mutations.forEach(this::logSaved);
      return checked.stream().map(c -> RecordSaver.<T>cast(c.record())).toList();
    }
  }

  /** The record's row and its outbox mutation, inside the caller's transaction. */
  private void write(Mutation mutation, StoredRecord current, MutationRules.Changed changed) throws SQLException {
    long serverVersion = current == null ? 0 : current.serverVersion();
    UUID candidateId = changed.record() != null ? changed.record().fileCandidateId()
        : current == null ? null : current.candidateId();
    boolean deleted = changed.next().deleted();
    rows.write(new Row(mutation.recordId(), mutation.type(), candidateId, serverVersion, deleted,
        deleted ? null : StoreConnection.json(changed.next().data()),
        deleted ? null : RecordRows.eventAt(changed.record()), SyncState.PENDING, null));
    outbox.add(mutation, candidateId);
  }

  private void logSaved(Mutation mutation) {
    LOG.log(Level.INFO, "saved type={0} record={1} mutation={2} kind={3}",
        mutation.type().wireName(), mutation.recordId(), mutation.id(), mutation.kind());
  }

  /** The shared rules against what is stored (nothing, for a new record). */
  private MutationRules.Outcome checkAgainst(Mutation mutation, StoredRecord current) {
    StoredState state = current == null ? null : new StoredState(current.type(), current.serverVersion(),
        current.deleted(), current.data() == null ? Json.MAPPER.createObjectNode() : current.data(), Map.of(),
        List.of());
    return check(mutation, state);
  }

  /**
   * A form saved on a file that is not on the device (a sync removed it while the form was open):
   * the change is checked as usual (against what the form showed) and kept in the outbox with its
   * file, where the sync page shows it with its content, and the server takes it in if it still
   * may (sync-protocol.md).
   */
  private DomainRecord keepForLeftFile(Mutation mutation, Editing<?> opened, UUID candidateId) {
    StoredState state = opened == null ? null : new StoredState(mutation.type(), opened.baseVersion(), false,
        opened.seen(), Map.of(), List.of());
    MutationRules.Outcome outcome = check(mutation, state);
    db.inTransaction(() -> {
      outbox.add(mutation, candidateId);
      leftFiles.remember(candidateId);
    });
    LOG.log(Level.INFO, "kept for a file that left type={0} record={1} mutation={2}",
        mutation.type().wireName(), mutation.recordId(), mutation.id());
    return outcome instanceof MutationRules.Changed changed ? changed.record()
        : MutationRules.read(mutation.type(), opened.seen());
  }

  /**
   * The shared rules, as the server will apply them: what the user's role may do to the record
   * ({@link RoleRules}, the role table), then the merge and validation ({@link MutationRules}). A
   * refusal is thrown with every violation, so a screen that offered too much still writes
   * nothing the server would refuse for the role.
   */
  private MutationRules.Outcome check(Mutation mutation, StoredState state) {
    Optional<StoredSession> session = meta.session();
    List<Violation> forbidden = session.map(s -> roleRules(s, mutation, state)).orElse(List.of());
    if (!forbidden.isEmpty()) {
      throw new ValidationException(forbidden);
    }
    UUID userId = session.map(StoredSession::userId).orElse(null);
    MutationRules.Outcome outcome = MutationRules.apply(mutation, state, meta.deviceId(), userId, db.clock());
    if (outcome instanceof MutationRules.Refused refused) {
      throw new ValidationException(refused.violations());
    }
    return outcome;
  }

  /**
   * The role table for this user. A referral the user's team was sent is theirs to answer even
   * where the file is not (yet): the reach is decided as the server decides it.
   */
  private List<Violation> roleRules(StoredSession user, Mutation mutation, StoredState state) {
    if (mutation.type() != RecordType.REFERRAL || state == null || state.deleted()
        || state.type() != RecordType.REFERRAL) {
      return RoleRules.check(user.role(), mutation, state);
    }
    Referral stored = (Referral) MutationRules.read(RecordType.REFERRAL, state.data());
    return RoleRules.checkReferral(user.role(), queries.referralReach(stored, user.role()), mutation, state,
        user.userId());
  }

  /**
   * The fields that differ from what the form showed. Through text, like the stored copy: a tree
   * made from a record holds 28 as a decimal node, one read from text as an integer node, and the
   * two never compare equal, which would send unchanged numbers as changes.
   */
  private static ObjectNode changedFields(ObjectNode seen, DomainRecord edited) {
    ObjectNode wanted = (ObjectNode) StoreConnection.readTree(StoreConnection.json(edited));
    ObjectNode changed = Json.MAPPER.createObjectNode();
    wanted.fields().forEachRemaining(field -> {
      if (!field.getValue().equals(seen.get(field.getKey()))) {
        changed.set(field.getKey(), field.getValue());
      }
    });
    // A field of this record left out when empty (a kind of benefit no longer recorded) was
    // cleared: say so. Only the record's own fields: one this app does not know is not its to clear.
    java.util.Set<String> own = java.util.Arrays.stream(edited.getClass().getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
    seen.fieldNames().forEachRemaining(name -> {
      if (own.contains(name) && !wanted.has(name) && !seen.get(name).isNull()) {
        changed.putNull(name);
      }
    });
    return changed;
  }

  private static void requireType(RecordType type, DomainRecord record) {
    if (!type.recordClass().isInstance(record)) {
      throw new IllegalArgumentException(record.getClass().getSimpleName() + " is not a " + type.wireName());
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
