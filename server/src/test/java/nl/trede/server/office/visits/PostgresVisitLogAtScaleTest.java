package nl.trede.server.office.visits;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false, environments = "postgres")
class PostgresVisitLogAtScaleTest extends VisitLogAtScaleContract {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.postgres();
  }

  @Override
  void analyse() {
    for (String table : java.util.List.of("visit_log", "sync_record", "record_name")) {
      db.update(new SqlQuery("ANALYZE " + table));
    }
  }

  @Override
  String plan(SqlQuery sql) {
    return String.join("\n", db.list(sql.withPrefix("EXPLAIN"), rs -> rs.getString(1)));
  }

  @Override
  boolean readsInIndexOrder(String plan) {
    return plan.contains("Index Scan") && plan.contains("visit_log_") && !plan.contains("Sort");
  }
}
