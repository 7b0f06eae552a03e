package nl.trede.server.upgrade;

import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Makes the upgrade fixtures at a schema version: the server's migrations up to that version
 * (Flyway's target), then the demo written through the sync service, as a release of that version
 * would have. Run only on request, before adding a migration (docs/operations.md, "Upgrades"):
 * {@code mvn -pl server -am test -Dtest=UpgradeFixtureMaker -Dtrede.fixture.version=N}.
 */
@EnabledIfSystemProperty(named = "trede.fixture.version", matches = "\\d+")
class UpgradeFixtureMaker {
  private static final Path OUT = Path.of("src/test/resources/upgrade");
  private final String version = System.getProperty("trede.fixture.version");

  @TempDir
  Path dir;

  @Test
  void sqlite() throws Exception {
    Map<String, String> database = atVersion(TestDatabases.sqlite());
    TestDatabases.start(database).stop();
    Path copy = dir.resolve("fixture.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.get("trede.db.path"));
         Statement s = c.createStatement()) {
      s.execute("VACUUM INTO '" + copy + "'");
    }
    UpgradeFixtures.gzip(copy, Files.createDirectories(OUT).resolve("sqlite-v" + version + ".db.gz"));
  }

  @Test
  void postgres() throws Exception {
    Map<String, String> database = atVersion(TestDatabases.postgres());
    TestDatabases.start(database).stop();
    Path dump = dir.resolve("fixture.sql");
    TestDatabases.postgresTool(List.of("pg_dump", "--format=plain", "--no-owner", "--no-privileges",
        "--file=" + dump), database.get("datasources.default.url"));
    UpgradeFixtures.gzip(dump, Files.createDirectories(OUT).resolve("postgres-v" + version + ".sql.gz"));
  }

  private Map<String, String> atVersion(Map<String, String> database) {
    database.put("flyway.datasources.default.target", version);
    database.put("trede.backup.enabled", "false");
    return database;
  }
}
