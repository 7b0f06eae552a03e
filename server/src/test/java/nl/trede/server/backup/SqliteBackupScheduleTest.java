package nl.trede.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running server backs itself up when a backup is due, keeps the newest few, and each one opens. */
class SqliteBackupScheduleTest {
  @TempDir
  Path dir;

  @Test
  void theServerBacksUpWhenDueKeepsTheNewestAndEachPassesTheIntegrityCheck() throws Exception {
    Map<String, String> database = TestDatabases.sqlite();
    database.put("trede.backup.dir", dir.toString());
    database.put("trede.backup.check", "100ms");
    database.put("trede.backup.every", "300ms");
    database.put("trede.backup.keep", "2");
    EmbeddedServer server = TestDatabases.start(database);
    SqliteBackup folder = new SqliteBackup(dir, 2, Clock.systemUTC());
    try {
      long deadline = System.nanoTime() + 20_000_000_000L;
      Path firstSeen = null;
      while (System.nanoTime() < deadline && (firstSeen == null || folder.backups().contains(firstSeen))) {
        List<Path> now = folder.backups();
        if (firstSeen == null && !now.isEmpty()) {
          firstSeen = now.get(now.size() - 1);
        }
        Thread.sleep(50);
      }
      assertThat(firstSeen).as("a backup was taken").isNotNull();
      assertThat(folder.backups()).as("older ones are deleted").doesNotContain(firstSeen).hasSizeLessThanOrEqualTo(2);
    } finally {
      server.stop();
    }
    for (Path backup : folder.backups()) {
      SqliteBackup.checkIntegrity(backup);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void theCommandSaysSoWhenThereIsNoDatabase() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = new BackupCommand(Map.of("TREDE_DB_PATH", dir.resolve("none.db").toString()), Clock.systemUTC())
        .run(new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no database").contains("TREDE_DB_PATH");
    assertThat(dir.resolve("backups")).doesNotExist();
  }
}
