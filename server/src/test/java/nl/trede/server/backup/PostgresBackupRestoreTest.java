package nl.trede.server.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

/**
 * On PostgreSQL the backup is the database's own: {@code pg_dump -Fc} (one snapshot, taken while
 * devices push) and {@code pg_restore} into a new, empty database, then the sequences moved ahead and the epoch forgotten,
 * as docs/operations.md says.
 */
class PostgresBackupRestoreTest extends BackupRestoreContract {
  @Override
  Map<String, String> database() {
    return TestDatabases.postgres();
  }

  @Override
  Path backUp(Map<String, String> running, Path dir) throws Exception {
    Path dump = dir.resolve("trede.dump");
    TestDatabases.postgresTool(List.of("pg_dump", "--format=custom", "--file=" + dump),
        running.get("datasources.default.url"));
    return dump;
  }

  @Override
  Map<String, String> restore(Path backup, Path dir) throws Exception {
    String url = TestDatabases.freshPostgresDatabase();
    TestDatabases.postgresTool(List.of("pg_restore", "--no-owner", "--exit-on-error", backup.toString(), "--dbname"),
        url);
    TestDatabases.postgresTool(List.of("psql", "--no-psqlrc", "--set=ON_ERROR_STOP=1",
        "--command=" + Restore.STEP), url);
    return TestDatabases.postgres(url);
  }
}
