package nl.trede.server.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.trede.server.support.TestDatabases;

/**
 * On PostgreSQL the backup is the database's own: {@code pg_dump -Fc} (one snapshot, taken while
 * devices push) and {@code pg_restore} into a new, empty database, as docs/operations.md says.
 */
class PostgresBackupRestoreTest extends BackupRestoreContract {
  @Override
  Map<String, String> database() {
    return TestDatabases.postgres();
  }

  @Override
  Path backUp(Map<String, String> running, Path dir) throws Exception {
    Path dump = dir.resolve("trede.dump");
    run(List.of("pg_dump", "--format=custom", "--file=" + dump, libpq(running.get("datasources.default.url"))));
    return dump;
  }

  @Override
  Map<String, String> restore(Path backup, Path dir) throws Exception {
    String url = TestDatabases.freshPostgresDatabase();
    run(List.of("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(url), backup.toString()));
    run(List.of("psql", "--no-psqlrc", "--set=ON_ERROR_STOP=1", "--command=" + Restore.MOVE_SEQUENCES, libpq(url)));
    return TestDatabases.postgres(url);
  }

  /** The JDBC URL as libpq reads it; the user and password go by environment, never on the command line. */
  private static String libpq(String jdbcUrl) {
    return jdbcUrl.substring("jdbc:".length()) + "?user=" + TestDatabases.env("TREDE_TEST_PG_USER");
  }

  private static void run(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).inheritIO();
    builder.environment().put("PGPASSWORD", TestDatabases.env("TREDE_TEST_PG_PASSWORD"));
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new AssertionError(command.get(0) + " failed");
    }
  }
}
