package nl.trede.server.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What makes a backup safe to start a server on. Devices keep a pull cursor: a place in their
 * municipality's change sequence. The server they pulled from went on numbering after the backup, so
 * a restored server would hand out numbers a device has already passed, and that device would never
 * pull those changes. Moving every municipality's sequence far ahead on the restored database puts
 * every new change after every cursor any device can hold; the numbers skipped are gaps, which pulls
 * already allow (ChangeSequence). Caseload grants and removals take their places from the same
 * sequence, so their cursors are covered too.
 *
 * <p>The restored database also forgets its epoch ({@code database_epoch}), so the server makes a
 * new one at its first request: devices that see it change resend the work they had acknowledged,
 * which the backup may not hold (decision 0047). Done on the copy, every start from the same
 * backup file is a new epoch, so a second restore from one file is noticed too.
 */
public final class Restore {
  /** More changes than a municipality makes in many years, so more than it made since the backup. */
  public static final long SEQUENCE_GAP = 1_000_000_000L;
  /** The statement docs/operations.md gives for a restored PostgreSQL database; the SQLite backup runs it itself. */
  public static final String MOVE_SEQUENCES = "UPDATE tenant SET last_seq = last_seq + " + SEQUENCE_GAP;
  /** The restored database is a new life of it: the server makes a new epoch for devices to see. */
  public static final String FORGET_EPOCH = "UPDATE database_epoch SET epoch = NULL";
  /** Both statements, as one line for {@code psql --command} or {@code sqlite3}. */
  public static final String STEP = MOVE_SEQUENCES + "; " + FORGET_EPOCH;

  private Restore() {}

  /** Runs {@link #STEP} on the restored database. */
  public static void prepare(Connection restored) throws SQLException {
    try (Statement s = restored.createStatement()) {
      s.executeUpdate(MOVE_SEQUENCES);
      s.executeUpdate(FORGET_EPOCH);
    }
  }
}
