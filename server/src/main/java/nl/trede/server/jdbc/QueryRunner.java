package nl.trede.server.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the queries the server writes itself ({@link SqlQuery}): on the current transaction's (or
 * connection's) connection when there is one, else on a connection of its own.
 */
@Singleton
public class QueryRunner {
  private final JdbcOperations jdbc;

  public QueryRunner(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  public <T> List<T> list(SqlQuery sql, RowMapper<T> mapper) {
    return jdbc.execute(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(sql.sql())) {
        sql.bind(ps);
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(mapper.map(rs));
          }
        }
        return rows;
      }
    });
  }

  /** Rows read as a Micronaut Data entity, column by column, as its repository would. */
  public <T> List<T> entities(SqlQuery sql, Class<T> type) {
    return list(sql, rs -> jdbc.readEntity(rs, type));
  }

  public long count(SqlQuery sql) {
    return list(sql, rs -> rs.getLong(1)).get(0);
  }

  /**
   * Runs one statement once per list of values, as one JDBC batch (the projection's and the read
   * audit's inserts: one round trip for a whole push); nothing when there are none.
   */
  public void batch(String sql, List<List<Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.execute(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        for (List<Object> row : rows) {
          SqlQuery.bind(ps, row);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  /** Runs a statement that changes rows; returns how many. */
  public int update(SqlQuery sql) {
    return jdbc.execute(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(sql.sql())) {
        sql.bind(ps);
        return ps.executeUpdate();
      }
    });
  }
}
