package nl.trede.server.office.session;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false)
class SqliteConsoleLoginTest extends ConsoleLoginContract {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.sqlite();
  }
}
