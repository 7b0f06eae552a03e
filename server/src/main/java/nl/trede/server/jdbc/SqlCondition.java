package nl.trede.server.jdbc;

import java.util.List;

/** A piece of a WHERE clause with its bound parameters, to be ANDed into a {@link SqlQuery}. */
public record SqlCondition(String sql, List<Object> parameters) {
  public SqlCondition {
    parameters = List.copyOf(parameters);
  }
}
