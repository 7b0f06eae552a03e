package nl.trede.server.office.people;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Clock;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false, environments = "postgres")
class PostgresPeopleWithSecondFactorTest extends PeopleWithSecondFactorContract {
  @MockBean(Clock.class)
  Clock serverClock() {
    return clock;
  }

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.secondFactorRequired(TestDatabases.postgres());
  }
}
