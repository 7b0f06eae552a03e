package nl.trede.server.upgrade;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

class SqliteUpgradeTest extends UpgradeContract {
  @Override
  Map<String, String> restoreFixture(Path dir) throws Exception {
    Map<String, String> database = TestDatabases.sqlite();
    UpgradeFixtures.gunzip(UpgradeFixtures.SQLITE, Path.of(database.get("trede.db.path")));
    return database;
  }

  @Override
  Connection connect(Map<String, String> database) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + database.get("trede.db.path"));
  }

  @Override
  String migrations() {
    return "db/sqlite";
  }
}
