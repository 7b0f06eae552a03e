package nl.trede.server.office.signals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false)
class SqliteWorkplaceSignalsTest extends WorkplaceSignalsContract {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.sqlite();
  }
}
