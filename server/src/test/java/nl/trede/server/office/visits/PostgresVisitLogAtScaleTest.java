package nl.trede.server.office.visits;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.office.Sql;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false, environments = "postgres")
class PostgresVisitLogAtScaleTest extends VisitLogAtScaleContract {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.postgres();
  }

  @Override
  void analyse() {
    db.jdbc().execute(connection -> {
      try (var statement = connection.createStatement()) {
        statement.execute("ANALYZE visit_log");
        statement.execute("ANALYZE sync_record");
        statement.execute("ANALYZE record_name");
      }
      return null;
    });
  }

  @Override
  String plan(Sql sql) {
    return String.join("\n", db.list(sql.withPrefix("EXPLAIN"), rs -> rs.getString(1)));
  }

  @Override
  boolean readsInIndexOrder(String plan) {
    return plan.contains("Index Scan") && plan.contains("visit_log_") && !plan.contains("Sort");
  }
}
