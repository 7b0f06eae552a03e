package nl.trede.server.office;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.trede.server.sync.FileScope;

/**
 * A query assembled from optional filters, every value a bound parameter (never pasted into the
 * SQL). Instants bind as timestamps, which both databases compare with their own time columns.
 */
public final class Sql {
  private final StringBuilder sql;
  private final List<Object> parameters = new ArrayList<>();

  public Sql(String start, Object... parameters) {
    this.sql = new StringBuilder(start);
    this.parameters.addAll(List.of(parameters));
  }

  public Sql and(String condition, Object... values) {
    sql.append(" AND ").append(condition);
    parameters.addAll(List.of(values));
    return this;
  }

  public Sql and(FileScope.Condition condition) {
    sql.append(" AND ").append(condition.sql());
    parameters.addAll(condition.parameters());
    return this;
  }

  /** Adds parameters for placeholders already in the SQL (e.g. an IN list). */
  public Sql parameters(java.util.Collection<?> values) {
    parameters.addAll(values);
    return this;
  }

  public Sql append(String text, Object... values) {
    sql.append(' ').append(text);
    parameters.addAll(List.of(values));
    return this;
  }

  /** The same query with a prefix, e.g. EXPLAIN, and the same parameters. */
  public Sql withPrefix(String prefix) {
    Sql copy = new Sql(prefix + " " + sql);
    copy.parameters.addAll(parameters);
    return copy;
  }

  public String sql() {
    return sql.toString();
  }

  public void bind(PreparedStatement ps) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      int index = i + 1;
      if (value == null) {
        ps.setNull(index, Types.VARCHAR);
      } else if (value instanceof String s) {
        ps.setString(index, s);
      } else if (value instanceof Boolean b) {
        ps.setBoolean(index, b);
      } else if (value instanceof Integer n) {
        ps.setInt(index, n);
      } else if (value instanceof Long n) {
        ps.setLong(index, n);
      } else if (value instanceof Instant t) {
        ps.setTimestamp(index, Timestamp.from(t));
      } else if (value instanceof LocalDate d) {
        // Dates are stored as ISO text (yyyy-MM-dd), which sorts as dates do.
        ps.setString(index, d.toString());
      } else {
        throw new IllegalArgumentException("cannot bind " + value.getClass());
      }
    }
  }
}
