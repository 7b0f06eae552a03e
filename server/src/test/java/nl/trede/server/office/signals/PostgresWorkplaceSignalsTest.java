package nl.trede.server.office.signals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false, environments = "postgres")
class PostgresWorkplaceSignalsTest extends WorkplaceSignalsContract {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.postgres();
  }
}
