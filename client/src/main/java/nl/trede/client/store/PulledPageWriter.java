package nl.trede.client.store;

import static nl.trede.client.store.StoreConnection.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.client.store.RecordRows.Row;
import nl.trede.domain.Json;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;

/**
 * Writes a pulled page: the files it purges, then its records, then the cursor after it, in one
 * transaction, so an interrupted pull resumes after the last page stored and never skips one.
 * Purges go first: a file that left the caseload and came back arrives with its history in the
 * same page (sync-protocol.md, Pull).
 */
public final class PulledPageWriter implements PageSink {
  private static final System.Logger LOG = System.getLogger(PulledPageWriter.class.getName());

  private final StoreConnection db;
  private final RecordRows rows;
  private final LeftFiles leftFiles;
  private final DeviceMeta meta;

  PulledPageWriter(StoreConnection db, RecordRows rows, LeftFiles leftFiles, DeviceMeta meta) {
    this.db = db;
    this.rows = rows;
    this.leftFiles = leftFiles;
    this.meta = meta;
  }

  @Override
  public Optional<String> pullCursor() {
    return meta.pullCursor();
  }

  @Override
  public void storePullPage(PullPage page) {
    db.inTransaction(() -> {
      for (UUID candidateId : page.purgeCandidates()) {
        leftFiles.purge(candidateId);
      }
      List<String> returning = leftFiles.welcomeBack(page.changes());
      new Batch(page.changes()).write();
      leftFiles.restoreUnsentRecords(returning);
      if (page.cursor() != null) {
        meta.writeCursor(page.cursor());
      }
      leftFiles.expireNames();
    });
    LOG.log(Level.INFO, "pulled changes={0} purged={1} hasMore={2}", page.changes().size(),
        page.purgeCandidates().size(), page.hasMore());
  }

  /** What the batch needs to know of a record the device already holds. */
  private record Held(long serverVersion, boolean deleted, UUID candidateId) {}

  /**
   * A page's records as a few batched statements: what the device holds of them (rows, pending
   * changes, refusals, conflicts) is read in one query each, each change is worked out in memory
   * exactly as storing it alone would, and only the final state of each record is written. With
   * thousands of records per page, per-record statements were the whole cost of a first sync.
   */
  private final class Batch {
    private final List<RecordChange> changes;
    private final Map<String, Held> held = new HashMap<>();
    private final Map<String, List<Mutation>> pending = new HashMap<>();
    private final Map<String, String> refusals = new HashMap<>();
    private final Set<String> withConflicts = new HashSet<>();
    private final Map<String, Row> written = new LinkedHashMap<>();
    private final Map<String, List<FieldConflict>> conflicts = new LinkedHashMap<>();

    Batch(List<RecordChange> changes) {
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
      clearConflicts();
      rows.writeAll(written.values());
      for (Map.Entry<String, List<FieldConflict>> entry : conflicts.entrySet()) {
        for (FieldConflict conflict : entry.getValue()) {
          rows.insertConflict(UUID.fromString(entry.getKey()), conflict);
        }
      }
    }

    /** What the device holds of this page's records, one query per kind of fact. */
    private void load() {
      List<String> ids = List.of(json(changes.stream().map(c -> c.id().toString()).distinct().toList()));
      String in = " IN (SELECT value FROM json_each(?))";
      db.forEachRow("SELECT id, server_version, deleted, candidate_id FROM record WHERE id" + in, ids,
          rs -> held.put(rs.getString(1), new Held(rs.getLong(2), rs.getInt(3) == 1,
              rs.getString(4) == null ? null : UUID.fromString(rs.getString(4)))));
      // Oldest first: pending changes apply in order, and the latest refusal is the one kept.
      db.forEachRow("SELECT record_id, state, mutation, last_error FROM outbox"
          + " WHERE state IN ('PENDING', 'REJECTED') AND record_id" + in + " ORDER BY seq", ids, rs -> {
            if ("PENDING".equals(rs.getString(2))) {
              pending.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(Json.MAPPER.readValue(rs.getString(3), Mutation.class));
            } else {
              refusals.put(rs.getString(1), rs.getString(4));
            }
          });
      db.forEachRow("SELECT DISTINCT record_id FROM open_conflict WHERE record_id" + in, ids,
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
      Row row = change.deleted() ? tombstone(change, existing, unsent) : live(change, unsent);
      written.put(id, row);
      conflicts.put(id, change.deleted() ? List.of() : change.conflicts());
      held.put(id, new Held(row.serverVersion(), row.deleted(), row.candidateId()));
    }

    private Row tombstone(RecordChange change, Held existing, List<Mutation> unsent) {
      String id = change.id().toString();
      return new Row(change.id(), change.type(), existing == null ? null : existing.candidateId(),
          change.version(), true, null, null, stateOf(id, unsent, false), refusals.get(id));
    }

    /** The server's record, with the coach's unsent changes on top until they are pushed. */
    private Row live(RecordChange change, List<Mutation> unsent) {
      String id = change.id().toString();
      ObjectNode data = change.data();
      boolean deletedLocally = false;
      if (!unsent.isEmpty()) {
        data = data.deepCopy();
        for (Mutation m : unsent) {
          if (m.kind() == MutationKind.DELETE) {
            deletedLocally = true;
          } else if (m.fields() != null) {
            data.setAll(m.fields());
          }
        }
      }
      SyncState state = stateOf(id, unsent, !change.conflicts().isEmpty());
      Row row = Row.live(change.id(), change.type(), RecordRows.filing(change.type(), data), change.version(),
          json(data), state, refusals.get(id));
      return deletedLocally ? new Row(row.id(), row.type(), row.candidateId(), row.serverVersion(), true, null,
          null, state, row.lastError()) : row;
    }

    private SyncState stateOf(String id, List<Mutation> unsent, boolean conflicted) {
      return SyncState.of(!unsent.isEmpty(), conflicted, refusals.containsKey(id));
    }

    private void clearConflicts() throws SQLException {
      List<String> clear = written.keySet().stream().filter(withConflicts::contains).toList();
      if (clear.isEmpty()) {
        return;
      }
      try (PreparedStatement s = db.prepare("DELETE FROM open_conflict WHERE record_id = ?")) {
        for (String id : clear) {
          s.setString(1, id);
          s.addBatch();
        }
        s.executeBatch();
      }
    }
  }
}
