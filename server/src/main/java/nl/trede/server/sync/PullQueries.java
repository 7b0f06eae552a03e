package nl.trede.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The page queries of a pull, in plain JDBC: a page is thousands of rows, and reading only the
 * columns a device receives, without mapping each row to an entity, is most of what serving it
 * costs. The SQL is the same on SQLite and PostgreSQL.
 */
final class PullQueries {
  private static final String COLUMNS = "r.type, r.id, r.version, r.deleted, r.data, r.conflicts, r.seq, r.candidate_id";

  /**
   * A pulled row: what the device receives, its place in the change sequence, and the candidate
   * file it belongs to (for the read audit).
   */
  record Pulled(String type, String id, long version, boolean deleted, String data, String conflicts,
      long seq, String candidateId) {}

  private PullQueries() {}

  /**
   * The changes after {@code afterSeq} in the user's scope: a caseload role its own candidates'
   * files and everything outside any file, a jobhunter only what is outside any file, office and
   * admin the whole municipality.
   */
  static List<Pulled> page(Connection c, String tenantId, long afterSeq, FileScope scope, int limit) {
    FileScope.Condition reach = scope.records("r.candidate_id");
    List<Object> params = new ArrayList<>(List.of(tenantId, afterSeq));
    params.addAll(reach.parameters());
    params.add(limit);
    return query(c, "SELECT " + COLUMNS + " FROM sync_record r WHERE r.tenant_id = ? AND r.seq > ? AND "
        + reach.sql() + " ORDER BY r.seq LIMIT ?", params.toArray());
  }

  /**
   * The history a device missed for candidates that joined its user's caseload (granted at a
   * sequence number in (grantedAfter, grantedUpTo]): their records up to the device's position.
   * Later records reach it through the ordinary pull.
   */
  static List<Pulled> backfill(Connection c, String tenantId, String userId, long grantedAfter,
      long grantedUpTo, long afterSeq, long upToSeq, int limit) {
    return query(c, "SELECT " + COLUMNS + """
         FROM sync_record r
        JOIN caseload c ON c.candidate_id = r.candidate_id AND c.user_id = ?
        WHERE r.tenant_id = ? AND c.since_seq > ? AND c.since_seq <= ?
          AND r.seq > ? AND r.seq <= ?
        ORDER BY r.seq LIMIT ?""", userId, tenantId, grantedAfter, grantedUpTo, afterSeq, upToSeq, limit);
  }

  private static List<Pulled> query(Connection c, String sql, Object... params) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        if (params[i] instanceof String text) {
          s.setString(i + 1, text);
        } else if (params[i] instanceof Long number) {
          s.setLong(i + 1, number);
        } else {
          s.setInt(i + 1, (Integer) params[i]);
        }
      }
      try (ResultSet rs = s.executeQuery()) {
        List<Pulled> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(new Pulled(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
              rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8)));
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("pull query failed", e);
    }
  }
}
