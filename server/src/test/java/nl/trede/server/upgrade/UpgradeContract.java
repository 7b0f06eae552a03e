package nl.trede.server.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.trede.domain.Ids;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.server.demo.DemoData;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.TestDatabases;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database an earlier release left behind (schema {@link UpgradeFixtures#VERSION}, with its data)
 * migrates to the current schema when the current server starts on it, and what was there is
 * served: a coach's device pulls its caseload, the console lists the files, and new work is taken.
 * Run once per database.
 */
abstract class UpgradeContract {
  @TempDir
  Path dir;

  /** The fixture restored into a fresh database; the server's properties for it (without the demo). */
  abstract Map<String, String> restoreFixture(Path dir) throws Exception;

  abstract Connection connect(Map<String, String> database) throws SQLException;

  /** The migration folder of this database, on the class path. */
  abstract String migrations();

  @Test
  void aDatabaseOfThePreviousSchemaMigratesOnStartAndItsDataIsServed() throws Exception {
    Map<String, String> database = restoreFixture(dir);
    database.put("trede.demo.enabled", "false");
    database.put("trede.backup.enabled", "false");
    List<String> caseload = query(database, "SELECT candidate_id FROM caseload WHERE user_id = '"
        + DemoData.userId("coach1") + "'");
    assertThat(schemaVersion(database)).isEqualTo(UpgradeFixtures.VERSION);
    assertThat(caseload).isNotEmpty();

    EmbeddedServer server = TestDatabases.start(database);
    try (HttpClient http = HttpClient.create(server.getURL())) {
      assertThat(schemaVersion(database)).as("migrated to the newest").isEqualTo(newestMigration())
          .isGreaterThan(UpgradeFixtures.VERSION);
      ApiClient api = new ApiClient(http.toBlocking());
      Session coach = api.login("coach1");
      List<RecordChange> pulled = api.pullAll(coach).changes();
      assertThat(pulled.stream().filter(c -> c.type() == RecordType.CANDIDATE).map(c -> c.id().toString()))
          .containsAll(caseload);
      assertThat(pulled).anyMatch(c -> c.type() == RecordType.CONTACT);

      UUID candidate = UUID.fromString(caseload.get(0));
      Contact contact = new Contact(Ids.newId(), candidate, null, coach.user(), LocationType.PHONE, Instant.now(), 10,
          null, "Telefonisch contact", null, LocalDate.now().plusDays(7), false, false, null);
      assertThat(api.push(coach, ApiClient.create(RecordType.CONTACT, contact)).get(0))
          .isInstanceOf(MutationResult.Applied.class);

      OfficeClient console = new OfficeClient(server.getURL().toString());
      console.login("office1");
      OfficeClient.Page files = console.get("/office/kandidaten");
      assertThat(files.status()).isEqualTo(200);
      String first = query(database, "SELECT record_id FROM record_name WHERE type = 'candidate' AND deleted = FALSE"
          + " ORDER BY sort_name LIMIT 1").get(0);
      assertThat(files.text()).contains("data-id=\"" + first + "\"");
      // Names sorted before the Dutch name order are re-keyed at start (PersonName's keys end in zeros).
      assertThat(query(database, "SELECT sort_name FROM record_name WHERE type = 'candidate'"))
          .isNotEmpty().allMatch(key -> key.endsWith("00000000"));
    } finally {
      server.stop();
    }
  }

  private int schemaVersion(Map<String, String> database) throws SQLException {
    return query(database, "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL")
        .stream().mapToInt(Integer::parseInt).max().orElse(0);
  }

  private List<String> query(Map<String, String> database, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  private int newestMigration() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(Path.of(getClass().getClassLoader().getResource(migrations()).toURI()))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
    }
  }
}
