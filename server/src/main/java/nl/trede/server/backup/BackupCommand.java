package nl.trede.server.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

/**
 * {@code java -jar trede-server.jar backup}: a backup on demand, beside the running server (or
 * without one), into the same folder and with the same settings as the schedule, read from the
 * environment as the server reads them. Only someone with a shell on the server can run it: the
 * file holds every municipality on the server, so taking it is the operator's act, not a municipal
 * admin's (decision 0046).
 */
public final class BackupCommand {
  private final Map<String, String> env;
  private final Clock clock;

  public BackupCommand(Map<String, String> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  /** Runs the command; the process's exit code. */
  public int run(PrintStream out) {
    Path database = Path.of(env.getOrDefault("TREDE_DB_PATH", "var/trede.db"));
    if (!Files.isRegularFile(database)) {
      out.println("backup: no database at " + database + " (TREDE_DB_PATH)");
      return 2;
    }
    Path dir = BackupSchedule.folder(database.toString(), env.get("TREDE_BACKUP_DIR"));
    int keep = Integer.parseInt(env.getOrDefault("TREDE_BACKUP_KEEP", "7"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database + "?busy_timeout=10000")) {
      Backup taken = new SqliteBackup(dir, keep, clock).take(c);
      out.println("backup: " + taken.file() + " written and checked, bytes=" + taken.bytes()
          + " took=" + taken.took().toMillis() + "ms");
      return 0;
    } catch (SQLException | RuntimeException e) {
      out.println("backup: failed: " + e.getMessage());
      return 1;
    }
  }
}
