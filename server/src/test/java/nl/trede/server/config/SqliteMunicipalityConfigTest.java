package nl.trede.server.config;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false)
class SqliteMunicipalityConfigTest extends MunicipalityConfigContract {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.sqlite();
  }
}
