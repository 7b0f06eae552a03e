package nl.trede.server.jdbc;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the SQLite write-ahead log back into the database file, off the write path. SQLite would
 * otherwise do it inside the commit that happens to cross its threshold, and a checkpoint is the
 * only step that waits for the disk (with {@code synchronous=NORMAL} a commit does not): a push's
 * commit then held the one writer's turn about 2 ms longer on average, and every other push waited
 * for it (decision 0066). The pool's connections therefore turn the automatic checkpoint off
 * ({@link SqliteDriver}) and this bean checkpoints every {@code trede.sqlite.checkpoint-every}.
 * A PASSIVE checkpoint takes no lock a writer or reader waits for; a reader still looking at old
 * pages only keeps them in the log until the next round. The log is reused from its start once a
 * round has copied all of it.
 */
@Singleton
@Requires(property = "datasources.default.db-type", value = "sqlite")
public class WalCheckpointer {
  private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);
  // About 400 MB of log still to copy: readers have pinned it for many rounds, worth a look.
  private static final long LOG_PAGES_WORTH_A_WARNING = 100_000;

  private final ConnectionOperations<Connection> connections;

  public WalCheckpointer(ConnectionOperations<Connection> connections) {
    this.connections = connections;
  }

  @Scheduled(fixedDelay = "${trede.sqlite.checkpoint-every:1s}")
  void checkpoint() {
    try {
      // A connection of its own, outside any transaction: a checkpoint cannot run inside one.
      long[] result = connections.executeWrite(status -> run(status.getConnection()));
      long logPages = result[1];
      long copied = result[2];
      if (logPages - copied > LOG_PAGES_WORTH_A_WARNING) {
        LOG.warn("sqlite: {} pages of the write-ahead log wait to be copied; a long read holds them", logPages - copied);
      }
    } catch (RuntimeException e) {
      // The next round tries again; until then the log only grows.
      LOG.error("sqlite: checkpoint failed, trying again: {}", e.getMessage());
    }
  }

  private static long[] run(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
