package nl.trede.server.setup;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false)
class SqliteDayOneTest extends DayOneContract {
  @Override
  protected Map<String, String> database() {
    return TestDatabases.sqlite();
  }
}
