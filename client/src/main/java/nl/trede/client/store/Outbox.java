package nl.trede.client.store;

import static nl.trede.client.store.StoreConnection.json;

import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;

/**
 * The changes made on the device that the server has not acknowledged yet (table {@code outbox}),
 * in the order they were made: written with each save, pushed by the sync engine, and left only
 * when the server's answer is stored. A refused change stays, with the reasons, so the coach sees
 * what and why. An acknowledged one moves to the {@link SentJournal}, in case the server is restored.
 */
public final class Outbox implements PushQueue {
  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  private final StoreConnection db;
  private final RecordRows rows;
  private final LeftFiles leftFiles;
  private final SentJournal journal;

  Outbox(StoreConnection db, RecordRows rows, LeftFiles leftFiles, SentJournal journal) {
    this.db = db;
    this.rows = rows;
    this.leftFiles = leftFiles;
    this.journal = journal;
  }

  /** Inside the save's transaction, with the record it changes. */
  void add(Mutation mutation, UUID candidateId) throws SQLException {
    db.execute("""
        INSERT INTO outbox (mutation_id, record_id, type, mutation, state, created_at, candidate_id)
        VALUES (?, ?, ?, ?, 'PENDING', ?, ?)""", mutation.id().toString(), mutation.recordId().toString(),
        mutation.type().wireName(), json(mutation), db.clock().millis(),
        candidateId == null ? null : candidateId.toString());
  }

  /** Whether the outbox holds changes of this record, all of this kind (e.g. only its CREATE). */
  boolean holdsOnly(UUID recordId, MutationKind kind) {
    List<MutationKind> kinds = db.query("SELECT mutation FROM outbox WHERE record_id = ?",
        List.of(recordId.toString()), rs -> Json.MAPPER.readValue(rs.getString(1), Mutation.class).kind());
    return !kinds.isEmpty() && kinds.stream().allMatch(kind::equals);
  }

  @Override
  public List<OutboxEntry> pendingOutbox(int limit) {
    return db.query("SELECT seq, mutation, attempts FROM outbox WHERE state = 'PENDING' ORDER BY seq LIMIT ?",
        List.of(limit), rs -> new OutboxEntry(rs.getLong(1),
            Json.MAPPER.readValue(rs.getString(2), Mutation.class), rs.getInt(3)));
  }

  @Override
  public int pendingCount() {
    return db.count("SELECT count(*) FROM outbox WHERE state = 'PENDING'");
  }

  /**
   * Every change the server does not have: waiting, or refused and kept for the user. What a wipe
   * loses (an admin revoked the device or deactivated the user), told to the user as a number.
   */
  public int unsentCount() {
    return db.count("SELECT count(*) FROM outbox");
  }

  /** Records refused or in conflict, and files that left with work on them; counted without reading them. */
  @Override
  public Attention attention() {
    synchronized (db) {
      // One pass over the records for both kinds: this runs with every status the strip shows.
      int[] byState = db.query("SELECT count(*) FILTER (WHERE sync_state = 'CONFLICT'),"
          + " count(*) FILTER (WHERE sync_state = 'REJECTED') FROM record WHERE sync_state IN ('CONFLICT', 'REJECTED')",
          List.of(), rs -> new int[] {rs.getInt(1), rs.getInt(2)}).get(0);
      return new Attention(byState[0], byState[1],
          db.count("SELECT count(*) FROM left_file f WHERE f.accepted > 0"
              + " OR EXISTS (SELECT 1 FROM outbox o WHERE o.candidate_id = f.candidate_id)"));
    }
  }

  @Override
  public void recordPushFailure(List<UUID> mutationIds, String error) {
    db.inTransaction(() -> {
      try (PreparedStatement s = db.prepare(
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

  @Override
  public void storePushResults(List<MutationResult> results) {
    db.inTransaction(() -> {
      for (MutationResult result : results) {
        // Java 17 has no switch over sealed types yet; the three outcomes are all there are.
        if (result instanceof MutationResult.Applied applied) {
          if (applied.afterHandover()) {
            leftFiles.noteAcceptedAfterHandover(candidateOf(applied.mutationId()));
          }
          acknowledge(applied.mutationId(), applied.recordId(), applied.version(), List.of());
        } else if (result instanceof MutationResult.Conflicted conflicted) {
          acknowledge(conflicted.mutationId(), conflicted.recordId(), conflicted.version(), conflicted.conflicts());
        } else if (result instanceof MutationResult.Rejected rejected) {
          reject(rejected);
        }
        refreshState(result.recordId());
      }
    });
  }

  private void acknowledge(UUID mutationId, UUID recordId, long version, List<FieldConflict> conflicts)
      throws SQLException {
    Long seq = seqOf(mutationId);
    // Acknowledged is not yet safe: a restored server may lose it, so it is kept a while (SentJournal).
    journal.keep(mutationId);
    db.execute("DELETE FROM outbox WHERE mutation_id = ?", mutationId.toString());
    if (seq != null) {
      // A later change of the record went through: earlier refusals of it are settled.
      db.execute("DELETE FROM outbox WHERE record_id = ? AND state = 'REJECTED' AND seq < ?",
          recordId.toString(), seq);
    }
    db.execute("UPDATE record SET server_version = max(server_version, ?) WHERE id = ?",
        version, recordId.toString());
    for (FieldConflict conflict : conflicts) {
      rows.insertConflict(recordId, conflict);
    }
  }

  private void reject(MutationResult.Rejected rejected) throws SQLException {
    db.execute("UPDATE outbox SET state = 'REJECTED', last_error = ? WHERE mutation_id = ?",
        json(rejected.violations()), rejected.mutationId().toString());
    LOG.log(Level.WARNING, "rejected record={0} mutation={1} rules={2}", rejected.recordId(),
        rejected.mutationId(), rejected.violations().stream().map(Violation::rule).toList());
  }

  private String candidateOf(UUID mutationId) {
    return db.query("SELECT candidate_id FROM outbox WHERE mutation_id = ?", List.of(mutationId.toString()),
        rs -> rs.getString(1)).stream().findFirst().orElse(null);
  }

  private Long seqOf(UUID mutationId) {
    return db.query("SELECT seq FROM outbox WHERE mutation_id = ?", List.of(mutationId.toString()),
        rs -> rs.getLong(1)).stream().findFirst().orElse(null);
  }

  /** After an answer: the record's state follows from what is left of its outbox and its conflicts. */
  private void refreshState(UUID recordId) throws SQLException {
    String id = recordId.toString();
    int pending = db.count("SELECT count(*) FROM outbox WHERE record_id = ? AND state = 'PENDING'", id);
    int conflicts = db.count("SELECT count(*) FROM open_conflict WHERE record_id = ?", id);
    List<String> refusals = db.query(
        "SELECT last_error FROM outbox WHERE record_id = ? AND state = 'REJECTED' ORDER BY seq DESC",
        List.of(id), rs -> rs.getString(1));
    SyncState state = SyncState.of(pending > 0, conflicts > 0, !refusals.isEmpty());
    db.execute("UPDATE record SET sync_state = ?, last_error = ?, updated_at = ? WHERE id = ?",
        state.name(), refusals.isEmpty() ? null : refusals.get(0), db.clock().millis(), id);
  }
}
