package nl.trede.server.accounts.throttle;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false, environments = "postgres")
class PostgresLoginThrottleTest extends LoginThrottleContract {
  @Override
  public Map<String, String> getProperties() {
    return behindTheProxy(TestDatabases.postgres());
  }
}
