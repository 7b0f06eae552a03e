package nl.trede.server.office.sessions;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false, environments = "postgres")
class PostgresLansingerlandSessionsTest extends LansingerlandSessionsContract {
  @Override
  Map<String, String> database() {
    return TestDatabases.postgres();
  }
}
