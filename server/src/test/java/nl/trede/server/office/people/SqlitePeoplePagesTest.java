package nl.trede.server.office.people;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false)
class SqlitePeoplePagesTest extends PeoplePagesContract {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.sqlite();
  }
}
