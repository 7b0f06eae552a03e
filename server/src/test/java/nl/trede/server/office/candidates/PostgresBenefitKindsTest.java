package nl.trede.server.office.candidates;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

@MicronautTest(transactional = false, environments = "postgres")
class PostgresBenefitKindsTest extends BenefitKindsContract {
  @Override
  Map<String, String> database() {
    return TestDatabases.postgres();
  }
}
