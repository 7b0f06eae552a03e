package nl.trede.server.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

/** The online backup of the SQLite file, taken from the command line beside the running server. */
class SqliteBackupRestoreTest extends BackupRestoreContract {
  private Map<String, String> database;

  @Override
  Map<String, String> database() {
    database = TestDatabases.sqlite();
    return database;
  }

  @Override
  Path backUp(Map<String, String> running, Path dir) {
    Path folder = dir.resolve("backups");
    int exit = new BackupCommand(Map.of("TREDE_DB_PATH", running.get("trede.db.path"),
        "TREDE_BACKUP_DIR", folder.toString()), java.time.Clock.systemUTC()).run(System.out);
    if (exit != 0) {
      throw new AssertionError("the backup command ended with " + exit);
    }
    return new SqliteBackup(folder, 1, java.time.Clock.systemUTC()).backups().get(0);
  }

  /** As docs/operations.md says: check the file, put it where the new server's database goes, start. */
  @Override
  Map<String, String> restore(Path backup, Path dir) throws Exception {
    SqliteBackup.checkIntegrity(backup);
    Path db = Files.createDirectories(dir.resolve("restored")).resolve("trede.db");
    Files.copy(backup, db);
    Map<String, String> properties = new HashMap<>(database);
    properties.put("trede.db.path", db.toString());
    return properties;
  }
}
