package nl.trede.client.store;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;

/**
 * Files that leave the user's caseload while the user has work on them (sync-protocol.md, "When a
 * file leaves a caseload"; decision 0034): a purge removes the file but never its unsent or
 * refused changes, which stay in the outbox with the file's name beside them (table
 * {@code left_file}); the sync page shows what became of each; a file that comes back resends what
 * was refused while it was away and shows its unsent new records again.
 */
final class LeftFiles {
  private static final System.Logger LOG = System.getLogger(LeftFiles.class.getName());
  /** The name of a file that left without work on it is kept a day, for a form still open on it. */
  private static final Duration NAME_KEPT = Duration.ofDays(1);

  private final StoreConnection db;
  private final RecordRows rows;

  LeftFiles(StoreConnection db, RecordRows rows) {
    this.db = db;
    this.rows = rows;
  }

  /** A form saved on a file that is no longer here: its change is kept in the outbox with the file. */
  void remember(UUID candidateId) throws SQLException {
    db.execute("INSERT INTO left_file (candidate_id, left_at) VALUES (?, ?) ON CONFLICT (candidate_id) DO NOTHING",
        candidateId.toString(), db.clock().millis());
  }

  /**
   * The files that left this device while their user had work on them, with that work: what the
   * sync page shows until the user has dealt with each.
   */
  List<LeftFile> leftFiles() {
    synchronized (db) {
      Map<String, List<UnsentChange>> unsent = new LinkedHashMap<>();
      db.forEachRow("""
          SELECT o.candidate_id, o.mutation, o.state, o.last_error FROM outbox o
          JOIN left_file f ON f.candidate_id = o.candidate_id ORDER BY o.seq""", List.of(),
          rs -> unsent.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new UnsentChange(
              Json.MAPPER.readValue(rs.getString(2), Mutation.class),
              "REJECTED".equals(rs.getString(3)) ? StoreConnection.violations(rs.getString(4)) : List.of())));
      return db.query("SELECT candidate_id, name, left_at, accepted FROM left_file ORDER BY left_at DESC, candidate_id",
          List.of(), rs -> {
            long leftAt = rs.getLong(3);
            Instant left = rs.wasNull() ? null : Instant.ofEpochMilli(leftAt);
            return new LeftFile(UUID.fromString(rs.getString(1)), rs.getString(2), left, rs.getInt(4),
                unsent.getOrDefault(rs.getString(1), List.of()));
          }).stream().filter(f -> f.accepted() > 0 || !f.unsent().isEmpty()).toList();
    }
  }

  /**
   * The user has read what happened to a file that left and let go of what could not be sent: its
   * unsent and refused changes leave the device. A file that is back on the device is left alone.
   */
  void forget(UUID candidateId) {
    synchronized (db) {
      if (rows.candidate(candidateId).isPresent()) {
        return;
      }
      String id = candidateId.toString();
      db.inTransaction(() -> {
        db.execute("DELETE FROM outbox WHERE candidate_id = ? AND record_id NOT IN (SELECT r.id FROM record r)", id);
        db.execute("DELETE FROM left_file WHERE candidate_id = ?", id);
      });
      LOG.log(Level.INFO, "left file forgotten candidate={0}", candidateId);
    }
  }

  /** The server took a history record into a file after its author left the caseload. */
  void noteAcceptedAfterHandover(String candidateId) throws SQLException {
    if (candidateId == null) {
      return;
    }
    String name = rows.candidate(UUID.fromString(candidateId)).map(Candidate::displayName).orElse(null);
    db.execute("""
        INSERT INTO left_file (candidate_id, name, accepted) VALUES (?, ?, 1)
        ON CONFLICT (candidate_id) DO UPDATE SET accepted = accepted + 1, name = COALESCE(excluded.name, name)""",
        candidateId, name);
  }

  /**
   * A candidate left the caseload: nothing of the file may stay on the device (DOMAIN §7) but the
   * user's own work that the server has not taken yet. That stays in the outbox, which holds its
   * whole content, and the file's name stays beside it so the sync page can say whose it was.
   */
  void purge(UUID candidateId) throws SQLException {
    String id = candidateId.toString();
    String name = rows.candidate(candidateId).map(Candidate::displayName).orElse(null);
    boolean work = db.count("SELECT count(*) FROM outbox WHERE candidate_id = ?", id) > 0;
    if (name != null || work) {
      db.execute("""
          INSERT INTO left_file (candidate_id, name, left_at) VALUES (?, ?, ?)
          ON CONFLICT (candidate_id) DO UPDATE SET left_at = excluded.left_at,
            name = COALESCE(excluded.name, name)""", id, name, db.clock().millis());
    }
    db.execute("DELETE FROM open_conflict WHERE record_id IN (SELECT id FROM record WHERE candidate_id = ? OR id = ?)",
        id, id);
    db.execute("DELETE FROM record WHERE candidate_id = ? OR id = ?", id, id);
  }

  /**
   * Files that left and came back (the user was put on them again) in this page: what the server
   * refused as out of reach while they were away is sent again.
   *
   * @return the ids of the files that came back
   */
  List<String> welcomeBack(List<RecordChange> changes) throws SQLException {
    List<String> returning = new ArrayList<>();
    for (RecordChange change : changes) {
      String id = change.id().toString();
      if (change.type() != RecordType.CANDIDATE || change.deleted()
          || db.count("SELECT count(*) FROM left_file WHERE candidate_id = ?", id) == 0) {
        continue;
      }
      returning.add(id);
      List<Long> refused = new ArrayList<>();
      db.forEachRow("SELECT seq, last_error FROM outbox WHERE candidate_id = ? AND state = 'REJECTED'", List.of(id),
          rs -> {
            if (StoreConnection.violations(rs.getString(2)).stream().anyMatch(UnsentChange::outOfReach)) {
              refused.add(rs.getLong(1));
            }
          });
      for (Long seq : refused) {
        db.execute("UPDATE outbox SET state = 'PENDING', last_error = NULL WHERE seq = ?", seq);
      }
      db.execute("DELETE FROM left_file WHERE candidate_id = ?", id);
    }
    return returning;
  }

  /**
   * New records that waited in the outbox while their file was away show in it again: the server
   * does not have them, so no page will bring them. One the server refused for a reason of its own
   * (not the file's absence) shows as refused, with its reasons, among the problems.
   */
  void restoreUnsentRecords(List<String> candidateIds) throws SQLException {
    record Waiting(Mutation mutation, boolean refused, String reasons) {}
    for (String candidateId : candidateIds) {
      List<Waiting> creates = new ArrayList<>();
      db.forEachRow("""
          SELECT mutation, state, last_error FROM outbox WHERE candidate_id = ? AND state IN ('PENDING', 'REJECTED')
            AND record_id NOT IN (SELECT r.id FROM record r) ORDER BY seq""", List.of(candidateId),
          rs -> creates.add(new Waiting(Json.MAPPER.readValue(rs.getString(1), Mutation.class),
              "REJECTED".equals(rs.getString(2)), rs.getString(3))));
      for (Waiting w : creates) {
        Mutation m = w.mutation();
        if (m.kind() == MutationKind.CREATE) {
          var data = m.fields().deepCopy();
          data.put("id", m.recordId().toString());
          rows.write(RecordRows.Row.live(m.recordId(), m.type(), RecordRows.filing(m.type(), data), 0,
              StoreConnection.json(data), w.refused() ? SyncState.REJECTED : SyncState.PENDING,
              w.refused() ? w.reasons() : null));
        }
      }
    }
  }

  /** Names of files that left without work on them are kept a day, for a form still open on one. */
  void expireNames() throws SQLException {
    db.execute("""
        DELETE FROM left_file WHERE accepted = 0 AND left_at < ?
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.candidate_id = left_file.candidate_id)""",
        db.clock().millis() - NAME_KEPT.toMillis());
  }
}
