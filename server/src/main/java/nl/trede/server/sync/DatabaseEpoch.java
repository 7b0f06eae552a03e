package nl.trede.server.sync;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;

/**
 * Which life of the database devices talk to (table {@code database_epoch}): a UUID made the first
 * time it is asked for, and again after a restore, which sets it back to NULL (backup.Restore). A
 * device that sees it change knows the server may have lost work it acknowledged, and resends its
 * journal (decision 0047).
 *
 * <p>Read from the database on every request, not kept in memory: an instance must never hand out
 * the epoch of a database it is no longer on (DESIGN §6). Two instances making one at once both run
 * the same guarded UPDATE; the first wins and both read its value.
 */
@Singleton
public class DatabaseEpoch {
  private final ConnectionOperations<Connection> connections;
  private final QueryRunner queries;

  DatabaseEpoch(ConnectionOperations<Connection> connections, QueryRunner queries) {
    this.connections = connections;
    this.queries = queries;
  }

  public UUID current() {
    return connections.executeWrite(status -> {
      String epoch = read();
      if (epoch == null) {
        queries.update(new SqlQuery("UPDATE database_epoch SET epoch = ? WHERE epoch IS NULL",
            UUID.randomUUID().toString()));
        epoch = read();
      }
      return UUID.fromString(epoch);
    });
  }

  private String read() {
    List<String> rows = queries.list(new SqlQuery("SELECT epoch FROM database_epoch"), rs -> rs.getString(1));
    if (rows.isEmpty()) {
      throw new IllegalStateException("database_epoch has no row: the V14 migration did not run");
    }
    return rows.get(0);
  }
}
