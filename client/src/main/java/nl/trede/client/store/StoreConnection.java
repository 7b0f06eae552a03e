package nl.trede.client.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;

/**
 * The store's one connection, its clock and the little JDBC it needs, and the one lock of the
 * store: every part of the store ({@link RecordSaver}, {@link Outbox}, {@link PulledPageWriter},
 * {@link FieldQueries}, {@link DeviceMeta}, {@link LeftFiles}) does its work while holding this
 * object's monitor. The screens and the sync thread share the store, and a save that reads a
 * record and then writes it must not have a pulled page land in between. SQLite has one writer
 * anyway, so one lock costs nothing a second connection would win back.
 */
final class StoreConnection implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(StoreConnection.class.getName());
  static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() {};

  private final Connection connection;
  private final Clock clock;

  StoreConnection(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  /** Statements that run inside {@link #inTransaction}: they may throw SQLException. */
  @FunctionalInterface
  interface SqlWork {
    void run() throws SQLException;
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException, JsonProcessingException;
  }

  @FunctionalInterface
  interface RowConsumer {
    void accept(ResultSet rs) throws SQLException, JsonProcessingException;
  }

  /** All of it or nothing: a failure rolls back every statement of the work. */
  synchronized void inTransaction(SqlWork work) {
    try {
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("local write failed", e);
    }
  }

  synchronized <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
    List<T> rows = new ArrayList<>();
    forEachRow(sql, params, rs -> rows.add(mapper.map(rs)));
    return rows;
  }

  synchronized void forEachRow(String sql, List<?> params, RowConsumer consumer) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      bind(s, params.toArray());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          consumer.accept(rs);
        }
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("local read failed", e);
    }
  }

  synchronized int count(String sql, Object... params) {
    return query(sql, Arrays.asList(params), rs -> rs.getInt(1)).get(0);
  }

  /**
   * One statement; inside a transaction, since a lone write outside one would commit on its own.
   * Returns how many rows it changed.
   */
  int execute(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = prepare(sql)) {
      bind(s, params);
      return s.executeUpdate();
    }
  }

  /** For batches; the caller closes it, inside a transaction. */
  PreparedStatement prepare(String sql) throws SQLException {
    return connection.prepareStatement(sql);
  }

  private static void bind(PreparedStatement s, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }

  static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write JSON", e);
    }
  }

  static JsonNode readTree(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot read JSON", e);
    }
  }

  static List<Violation> violations(String text) throws JsonProcessingException {
    return text == null ? List.of() : Json.MAPPER.readValue(text, VIOLATIONS);
  }

  /** False after {@link #close()}: a screen still listening to a finished sync leaves it alone. */
  synchronized boolean isOpen() {
    try {
      return !connection.isClosed();
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "closing the local store failed", e);
    }
  }
}
