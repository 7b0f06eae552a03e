package nl.trede.server.upgrade;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

class PostgresUpgradeTest extends UpgradeContract {
  @Override
  Map<String, String> restoreFixture(Path dir) throws Exception {
    Path dump = dir.resolve("fixture.sql");
    UpgradeFixtures.gunzip(UpgradeFixtures.POSTGRES, dump);
    String url = TestDatabases.freshPostgresDatabase();
    TestDatabases.postgresTool(List.of("psql", "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1",
        "--file=" + dump), url);
    return TestDatabases.postgres(url);
  }

  @Override
  Connection connect(Map<String, String> database) throws SQLException {
    return DriverManager.getConnection(database.get("datasources.default.url"),
        database.get("datasources.default.username"), database.get("datasources.default.password"));
  }

  @Override
  String migrations() {
    return "db/postgres";
  }
}
