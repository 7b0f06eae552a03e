package nl.trede.server.office;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's read queries: plain SQL with bound parameters, on the current transaction's
 * connection when there is one, else on a connection of its own.
 */
@Singleton
public class Db {
  private final JdbcOperations jdbc;

  public Db(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  public <T> List<T> list(Sql sql, RowMapper<T> mapper) {
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

  public long count(Sql sql) {
    return list(sql, rs -> rs.getLong(1)).get(0);
  }

  public JdbcOperations jdbc() {
    return jdbc;
  }
}
