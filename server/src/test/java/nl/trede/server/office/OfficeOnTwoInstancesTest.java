package nl.trede.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two server instances on one PostgreSQL behind a load balancer (DESIGN §6), started at the same
 * moment on an empty database: the migrations ran once, the demo was loaded once and the console's
 * projection holds each record once; a console session is a database row, so either instance
 * serves it and a logout on one ends it on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeOnTwoInstancesTest {
  private static final String HISTORY = "('contact', 'ladder-step', 'coaching-hours', 'employer-contact')";

  private Map<String, String> database;
  private List<EmbeddedServer> servers;

  @BeforeAll
  void startTwoInstancesAtOnce() {
    database = TestDatabases.postgres();
    servers = TestDatabases.instances(2, database);
  }

  @AfterAll
  void stop() {
    servers.forEach(EmbeddedServer::stop);
  }

  private OfficeClient on(int instance) {
    return new OfficeClient(servers.get(instance).getURL().toString());
  }

  @Test
  void aSessionStartedOnOneInstanceWorksOnTheOtherAndEndsOnBoth() {
    OfficeClient first = on(0);
    first.login("office1");
    OfficeClient second = on(1);
    second.useSession(first.sessionToken());

    assertThat(second.get("/office/kandidaten").status()).isEqualTo(200);
    assertThat(second.post("/office/logout", second.withCsrf(Map.of())).status()).isEqualTo(303);
    assertThat(first.get("/office/kandidaten").status()).isEqualTo(303);
  }

  @Test
  void bothInstancesShowTheSameVisitLog() {
    OfficeClient first = on(0);
    first.login("office1");
    OfficeClient second = on(1);
    second.login("office1");

    long onFirst = ConsoleContract.count(first.get("/office/bezoekverslagen"));
    long onSecond = ConsoleContract.count(second.get("/office/bezoekverslagen"));

    assertThat(onFirst).isGreaterThan(300).isEqualTo(onSecond);
  }

  /**
   * Flyway takes PostgreSQL's advisory lock, so the second instance waits and finds every migration
   * applied; had both migrated, one would have failed to start on a table that exists.
   */
  @Test
  void instancesStartingTogetherOnAnEmptyDatabaseMigratedOnce() throws Exception {
    long migrations;
    try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/db/postgres").toURI()))) {
      migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
    try (Connection db = connect()) {
      assertThat(count(db, "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL AND success"))
          .isEqualTo(migrations);
      assertThat(count(db, "SELECT count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL"))
          .isEqualTo(migrations);
    }
  }

  @Test
  void instancesStartingTogetherProjectedEveryRecordOnce() throws Exception {
    try (Connection db = connect()) {
      assertProjectedOnce(db);
    }
  }

  /**
   * Records stored before the console's tables existed (an upgrade that brings a projection) are
   * projected by whichever instance catches up first; two catching up together neither double nor
   * drop a row, and what they build is what the pushes had written.
   */
  @Test
  void instancesCatchingUpTogetherBuildTheProjectionOnce() throws Exception {
    List<List<String>> before;
    try (Connection db = connect(); Statement s = db.createStatement()) {
      before = projection(db);
      // Deleted candidates and employers keep the name they had; a catch-up has none to give them.
      s.executeUpdate("DELETE FROM visit_log");
      s.executeUpdate("DELETE FROM record_name WHERE NOT deleted");
    }
    List<EmbeddedServer> catchingUp = TestDatabases.instances(2, database);
    try (Connection db = connect()) {
      assertProjectedOnce(db);
      assertThat(projection(db)).isEqualTo(before);
    } finally {
      catchingUp.forEach(EmbeddedServer::stop);
    }
  }

  private static void assertProjectedOnce(Connection db) throws SQLException {
    assertThat(count(db, "SELECT count(*) FROM visit_log"))
        .isGreaterThan(300)
        .isEqualTo(count(db, "SELECT count(*) FROM sync_record WHERE NOT deleted AND type IN " + HISTORY))
        .isEqualTo(count(db, "SELECT count(DISTINCT record_id) FROM visit_log"));
    assertThat(count(db, "SELECT count(*) FROM record_name WHERE NOT deleted"))
        .isEqualTo(count(db, "SELECT count(*) FROM sync_record WHERE NOT deleted AND type IN ('candidate', 'employer')"));
  }

  /** Every projected row, in a fixed order, as text. */
  private static List<List<String>> projection(Connection db) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    for (String table : List.of("visit_log", "record_name")) {
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY record_id")) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>(List.of(table));
          for (int c = 1; c <= columns; c++) {
            row.add(r.getString(c));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(database.get("datasources.default.url"),
        database.get("datasources.default.username"), database.get("datasources.default.password"));
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
