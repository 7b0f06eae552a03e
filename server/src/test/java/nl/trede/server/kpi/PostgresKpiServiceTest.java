package nl.trede.server.kpi;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false, environments = "postgres")
class PostgresKpiServiceTest extends KpiServiceContract {
  @Override
  Map<String, String> database() {
    return TestDatabases.postgres();
  }
}
