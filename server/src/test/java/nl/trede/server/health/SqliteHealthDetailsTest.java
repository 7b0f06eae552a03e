package nl.trede.server.health;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false)
class SqliteHealthDetailsTest extends HealthDetailsContract {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.sqlite();
  }
}
