package nl.trede.server.backup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the SQLite database up while the server runs (docs/operations.md, decision 0046). It looks
 * every {@code trede.backup.check} and takes a backup when the newest one in the folder is older
 * than {@code trede.backup.every}: a server restarted often still backs up, and one that was down
 * catches up soon after it starts. On PostgreSQL the database's own {@code pg_dump} does this job,
 * so this bean does not exist there. SQLite serves one instance (DESIGN §6), so no other server
 * runs this at the same time; the folder's lock keeps a backup from the command line apart.
 */
@Singleton
@Requires(property = "datasources.default.db-type", value = "sqlite")
@Requires(property = "trede.backup.enabled", notEquals = "false")
public class BackupSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

  private final ConnectionOperations<Connection> connections;
  private final SqliteBackup backup;
  private final Duration every;
  private final Clock clock;

  public BackupSchedule(ConnectionOperations<Connection> connections, Clock clock,
      @Value("${trede.db.path}") String database,
      @Value("${trede.backup.dir:}") String dir,
      @Value("${trede.backup.every:24h}") Duration every,
      @Value("${trede.backup.keep:7}") int keep) {
    this.connections = connections;
    this.backup = new SqliteBackup(folder(database, dir), keep, clock);
    this.every = every;
    this.clock = clock;
  }

  /** The configured folder, or {@code backups} next to the database file. */
  public static Path folder(String database, String dir) {
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir);
    }
    Path parent = Path.of(database).toAbsolutePath().getParent();
    return parent.resolve("backups");
  }

  @Scheduled(fixedDelay = "${trede.backup.check:10m}", initialDelay = "${trede.backup.check:10m}")
  void backUpWhenDue() {
    Instant now = clock.instant();
    if (backup.newest().map(last -> last.plus(every).isAfter(now)).orElse(false)) {
      return;
    }
    try {
      takeNow();
    } catch (RuntimeException e) {
      // The next check tries again; the log line is what monitoring watches.
      LOG.error("backup: failed, trying again at the next check: {}", e.getMessage());
    }
  }

  /** Takes a backup now, whatever the schedule. */
  public Backup takeNow() {
    // A connection of its own, outside any transaction: VACUUM refuses to run inside one.
    Backup taken = connections.executeWrite(status -> {
      try {
        return backup.take(status.getConnection());
      } catch (SQLException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    });
    LOG.info("backup: {} written, bytes={} took={}ms", taken.file().getFileName(), taken.bytes(),
        taken.took().toMillis());
    return taken;
  }
}
