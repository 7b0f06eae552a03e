package nl.trede.server.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import io.micronaut.data.connection.ConnectionOperations;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.core.BaseConnection;

/**
 * The driver settings of application-postgres.yml reach the driver. A YAML {@code true} arrives as
 * a Boolean, which {@code Properties.getProperty} (how the driver reads its settings) does not see:
 * the setting was silently ignored until it was written as a string.
 */
@MicronautTest(transactional = false, environments = "postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDriverSettingsTest implements TestPropertyProvider {
  @Inject ConnectionOperations<Connection> connections;

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.postgres();
  }

  @Test
  void aPushsBatchedInsertsTravelAsMultiRowInserts() {
    boolean rewritten = connections.executeRead(status -> {
      try {
        return status.getConnection().unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled();
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(rewritten).isTrue();
  }
}
