package nl.trede.server.office.visits;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false)
class SqliteVisitLogAtScaleTest extends VisitLogAtScaleContract {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.sqlite();
  }

  @Override
  String plan(SqlQuery sql) {
    return String.join("\n", db.list(sql.withPrefix("EXPLAIN QUERY PLAN"), rs -> rs.getString(4)));
  }

  @Override
  boolean readsInIndexOrder(String plan) {
    // SQLite says "USE TEMP B-TREE FOR ORDER BY" when it sorts instead of walking an index.
    return plan.contains("USING INDEX visit_log_") && !plan.contains("TEMP B-TREE FOR ORDER BY");
  }
}
