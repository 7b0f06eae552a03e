package nl.trede.server.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.trede.server.support.TestDatabases;

class PostgresConfigurationUpgradeTest extends ConfigurationUpgradeContract {
  @Override
  Map<String, Object> database(Path dir) {
    return new HashMap<>(TestDatabases.postgres());
  }

  @Override
  String[] environments() {
    return new String[] {"postgres"};
  }
}
