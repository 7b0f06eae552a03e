package nl.trede.server.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A query assembled from optional filters, every value a bound parameter (never pasted into the
 * SQL). Instants bind as timestamps, which both databases compare with their own time columns.
 * The one way the server binds parameters where it writes SQL itself, beside Micronaut Data's
 * repositories (pull pages, the console's filtered lists, the figures, the change sequence).
 */
public final class SqlQuery {
  private final StringBuilder sql;
  private final List<Object> parameters = new ArrayList<>();

  public SqlQuery(String start, Object... parameters) {
    this.sql = new StringBuilder(start);
    this.parameters.addAll(List.of(parameters));
  }

  public SqlQuery and(String condition, Object... values) {
    sql.append(" AND ").append(condition);
    parameters.addAll(List.of(values));
    return this;
  }

  public SqlQuery and(SqlCondition condition) {
    sql.append(" AND ").append(condition.sql());
    parameters.addAll(condition.parameters());
    return this;
  }

  /** {@code column IN (?, ?, …)} with one placeholder per value; the list must not be empty. */
  public SqlQuery andIn(String column, java.util.Collection<?> values) {
    sql.append(" AND ").append(column).append(" IN (").append("?,".repeat(values.size() - 1)).append("?)");
    parameters.addAll(values);
    return this;
  }

  /** Adds parameters for placeholders already in the SQL (e.g. an IN list). */
  public SqlQuery parameters(java.util.Collection<?> values) {
    parameters.addAll(values);
    return this;
  }

  public SqlQuery append(String text, Object... values) {
    sql.append(' ').append(text);
    parameters.addAll(List.of(values));
    return this;
  }

  /** The same query with a prefix, e.g. EXPLAIN, and the same parameters. */
  public SqlQuery withPrefix(String prefix) {
    SqlQuery copy = new SqlQuery(prefix + " " + sql);
    copy.parameters.addAll(parameters);
    return copy;
  }

  public String sql() {
    return sql.toString();
  }

  public void bind(PreparedStatement ps) throws SQLException {
    bind(ps, parameters);
  }

  /** Binds values to a statement's placeholders in order: the one place that maps Java values to SQL. */
  static void bind(PreparedStatement ps, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
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
