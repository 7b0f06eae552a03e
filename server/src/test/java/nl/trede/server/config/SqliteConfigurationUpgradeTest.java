package nl.trede.server.config;

import java.nio.file.Path;
import java.util.Map;

class SqliteConfigurationUpgradeTest extends ConfigurationUpgradeContract {
  @Override
  Map<String, Object> database(Path dir) {
    return Map.of("trede.db.path", dir.resolve("trede.db").toString());
  }

  @Override
  String[] environments() {
    return new String[0];
  }
}
