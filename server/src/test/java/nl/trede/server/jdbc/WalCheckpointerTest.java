package nl.trede.server.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Commits no longer copy the write-ahead log into the database (that waited for the disk inside a
 * push's turn); the server's checkpointer does, so the log is reused rather than growing with
 * every write.
 */
class WalCheckpointerTest {
  private static final int MEGABYTE = 1 << 20;

  @Test
  void aCommitLeavesTheLogAndTheCheckpointerCopiesItSoTheLogIsReused() throws Exception {
    Map<String, String> database = TestDatabases.sqlite();
    database.put("trede.sqlite.checkpoint-every", "200ms");
    EmbeddedServer server = TestDatabases.start(database);
    @SuppressWarnings("unchecked")
    ConnectionOperations<Connection> connections = server.getApplicationContext().getBean(ConnectionOperations.class);
    Path log = Path.of(database.get("trede.db.path") + "-wal");
    try {
      long autoCheckpoint = connections.executeRead(status -> single(status.getConnection(), "PRAGMA wal_autocheckpoint"));
      assertThat(autoCheckpoint).as("no checkpoint inside a commit").isZero();
      connections.executeWrite(status -> execute(status.getConnection(), "CREATE TABLE wal_probe (body BLOB)"));
      write(connections, 8);
      long afterFirst = Files.size(log);
      assertThat(afterFirst).isGreaterThan(8L * MEGABYTE);
      Thread.sleep(1_500);
      write(connections, 8);
      // Copied in between, the second 8 MB went to the start of the log again; without the
      // checkpointer the log would now hold both.
      assertThat(Files.size(log)).isLessThan(afterFirst + 4L * MEGABYTE);
    } finally {
      server.stop();
    }
  }

  private static void write(ConnectionOperations<Connection> connections, int megabytes) {
    for (int i = 0; i < megabytes; i++) {
      connections.executeWrite(status -> {
        try (PreparedStatement insert = status.getConnection().prepareStatement("INSERT INTO wal_probe VALUES (?)")) {
          insert.setBytes(1, new byte[MEGABYTE]);
          return insert.executeUpdate();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

  private static long single(Connection connection, String sql) {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean execute(Connection connection, String sql) {
    try (Statement statement = connection.createStatement()) {
      return statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
