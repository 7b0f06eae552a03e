package nl.trede.client.store;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the server acknowledged, kept for {@link #KEPT} after it left the outbox (table
 * {@code sent_journal}), in case the server loses it: a server restored from a backup holds only
 * what was acknowledged before the backup began. When the device sees the server's database epoch
 * change, it puts the journal back in the outbox under the entries' original places, so the
 * ordinary push sends it again, oldest first; the server's applied-mutation ids answer what the
 * restored database still has without applying it twice (decision 0047).
 */
public final class SentJournal implements SentWork {
  /**
   * Longer than a backup can be old when it is restored: backups are kept 7 days by default
   * (trede.backup.keep), and an operator may restore an older one after noticing damage late, or
   * over a long weekend and holiday. Five weeks covers the oldest backup of the default schedule
   * four times over and a monthly one; a few thousand small JSON rows cost the phone little.
   */
  public static final Duration KEPT = Duration.ofDays(35);

  private static final System.Logger LOG = System.getLogger(SentJournal.class.getName());

  private final StoreConnection db;
  private final DeviceMeta meta;

  SentJournal(StoreConnection db, DeviceMeta meta) {
    this.db = db;
    this.meta = meta;
  }

  /** Inside the transaction that stores the server's acknowledgement, before the outbox row goes. */
  void keep(UUID mutationId) throws SQLException {
    db.execute("""
        INSERT INTO sent_journal (seq, mutation_id, record_id, type, mutation, created_at, candidate_id, acknowledged_at)
        SELECT seq, mutation_id, record_id, type, mutation, created_at, candidate_id, ? FROM outbox WHERE mutation_id = ?
        ON CONFLICT (mutation_id) DO UPDATE SET acknowledged_at = excluded.acknowledged_at""",
        db.clock().millis(), mutationId.toString());
  }

  @Override
  public Optional<UUID> serverEpoch() {
    return meta.serverEpoch();
  }

  @Override
  public void adoptEpoch(UUID epoch) {
    db.inTransaction(() -> meta.writeServerEpoch(epoch));
  }

  @Override
  public int resendAfterRestore(UUID epoch) {
    int[] resent = new int[1];
    db.inTransaction(() -> {
      // OR IGNORE: a change already back in the outbox (a resend cut off halfway) stays as it is.
      resent[0] = db.execute("""
          INSERT OR IGNORE INTO outbox (seq, mutation_id, record_id, type, mutation, state, created_at, candidate_id)
          SELECT seq, mutation_id, record_id, type, mutation, 'PENDING', created_at, candidate_id
          FROM sent_journal ORDER BY seq""");
      // The screens show these as waiting again until the restored server has them.
      db.execute("UPDATE record SET sync_state = 'PENDING' WHERE sync_state = 'SYNCED'"
          + " AND id IN (SELECT record_id FROM sent_journal)");
      meta.writeServerEpoch(epoch);
      meta.writeLastRestore(new ServerRestore(db.clock().instant(), resent[0]));
    });
    LOG.log(Level.WARNING, "server restored from a backup: resending acknowledged changes count={0}", resent[0]);
    return resent[0];
  }

  @Override
  public int prune() {
    Instant before = db.clock().instant().minus(KEPT);
    int[] pruned = new int[1];
    db.inTransaction(() -> pruned[0] = db.execute(
        "DELETE FROM sent_journal WHERE acknowledged_at < ?", before.toEpochMilli()));
    return pruned[0];
  }

  /** How many changes the journal holds. */
  public int size() {
    return db.count("SELECT count(*) FROM sent_journal");
  }
}
