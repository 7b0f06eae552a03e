package nl.trede.server.setup;

import java.util.Map;
import nl.trede.server.support.TestDatabases;

class SqliteMunicipalitySetupTest extends MunicipalitySetupContract {
  @Override
  protected Map<String, String> database() {
    return TestDatabases.sqlite();
  }
}
